package org.uplift.organisation;

/** A division (大类) of GB/T 4754-2017, e.g. code "C13", 农副食品加工业. */
public record Industry(String code, String nameZh, String nameEn) {
}
