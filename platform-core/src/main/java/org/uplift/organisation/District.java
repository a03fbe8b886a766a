package org.uplift.organisation;

/** A county-level division, keyed by its GB/T 2260 code, e.g. "330106" 西湖区. */
public record District(String code, String nameZh, String nameEn) {
}
