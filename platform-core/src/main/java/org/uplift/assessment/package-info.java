/**
 * Maturity assessment: versioned assessment frameworks (the MIIT 2024 SME digital level model and an
 * EU DMA-style model), and the scoring of answers against them. The overall level is a business
 * rule (DMN) decided in the workflows module from what {@code scoring} computes here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.uplift.assessment;
