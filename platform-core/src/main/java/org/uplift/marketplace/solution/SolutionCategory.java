package org.uplift.marketplace.solution;

/**
 * The kind of solution, as SMEs browse them. The Chinese and English labels are indexed for search (a query
 * 设备 finds equipment solutions); the UI shows the i18n key {@code marketplace.category.<NAME>}.
 */
public enum SolutionCategory {
    RD_DESIGN("研发设计", "R&D and design"),
    PRODUCTION_EXECUTION("生产执行", "Production execution"),
    QUALITY("质量管控", "Quality control"),
    EQUIPMENT_IOT("设备物联", "Equipment and IoT"),
    SAFETY_ENERGY("安全与能耗", "Safety and energy"),
    SUPPLY_CHAIN("供应链与仓储", "Supply chain and warehousing"),
    SALES_SERVICE("营销与服务", "Sales and service"),
    MANAGEMENT("经营管理", "Business management"),
    DATA_ANALYTICS("数据分析与决策", "Data analytics and decisions"),
    INFRASTRUCTURE("网络与上云", "Network and cloud");

    private final String zh;
    private final String en;

    SolutionCategory(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String messageKey() {
        return "marketplace.category." + name();
    }
}
