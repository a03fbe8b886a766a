package org.uplift.marketplace.solution;

/**
 * One part of a package's price.
 *
 * @param amountFen   in fen (1/100 yuan)
 * @param description what the line buys, e.g. "MES 软件许可（20 用户）"
 */
public record CostLine(CostCategory category, long amountFen, String description) {
}
