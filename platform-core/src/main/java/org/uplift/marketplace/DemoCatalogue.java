package org.uplift.marketplace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ReferenceCase;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.tenancy.TenantContext;

/**
 * The demo catalogue: {@value #SIZE} "small, fast, light, precise" (小快轻准) packages of the kind Hangzhou's
 * providers list, covering all 16 MIIT scenarios (each at least twice), priced in fen as such packages are
 * (¥9,800 to ¥680,000), dealt round-robin to the providers given. The demo seeder calls {@link #publish};
 * admitting the providers to the pool is the seeder's own step ({@code ProviderPool.admit}), so a provider
 * still waiting for review has packages that are not public yet.
 */
@Component
public class DemoCatalogue {

    public static final int SIZE = 33;

    private final SolutionPackages packages;

    DemoCatalogue(SolutionPackages packages) {
        this.packages = packages;
    }

    /**
     * Creates and publishes the demo packages, as system work in each provider's tenant; a provider that has
     * packages already is left alone, so seeding twice changes nothing.
     *
     * @param providerTenantIds provider tenants (TenantKind.PROVIDER), at least one
     * @return the packages published now
     */
    public List<SolutionPackage> publish(List<String> providerTenantIds) {
        if (providerTenantIds.isEmpty()) {
            throw new IllegalArgumentException("At least one provider");
        }
        List<PackageContent> contents = contents();
        List<SolutionPackage> published = new ArrayList<>();
        for (int p = 0; p < providerTenantIds.size(); p++) {
            int provider = p;
            TenantContext.runAs(providerTenantIds.get(p), () -> SystemWork.run("demo catalogue", () -> {
                if (!packages.mine().isEmpty()) {
                    return;
                }
                for (int i = provider; i < contents.size(); i += providerTenantIds.size()) {
                    published.add(packages.publish(packages.create(contents.get(i)).getId()));
                }
            }));
        }
        return published;
    }

    /** The demo packages' contents, valid by {@code PackageRules}. */
    public static List<PackageContent> contents() {
        return ROWS.stream().map(Row::content).toList();
    }

    private static final Set<Deployment> SAAS = Set.of(Deployment.SAAS);
    private static final Set<Deployment> LOCAL = Set.of(Deployment.ON_PREMISES);
    private static final Set<Deployment> BOTH = Set.of(Deployment.SAAS, Deployment.ON_PREMISES);

    /**
     * One package: price in yuan; the share of software / cloud / hardware / consulting in percent (the rest
     * is OTHER); scenarios as "SC07:2".
     */
    private record Row(String nameZh, String nameEn, String summaryZh, SolutionCategory category, long priceYuan,
            int software, int cloud, int hardware, int consulting, int days, Set<Deployment> deployments,
            List<String> dimensions, String scenarios, String covers, String client, String industry, String outcome) {

        PackageContent content() {
            long price = priceYuan * 100;
            List<CostLine> lines = new ArrayList<>();
            long[] amounts = {price * software / 100, price * cloud / 100, price * hardware / 100,
                    price * consulting / 100};
            CostCategory[] categories = {CostCategory.SOFTWARE, CostCategory.CLOUD_SERVICE,
                    CostCategory.DATA_COLLECTION_HARDWARE, CostCategory.CONSULTING};
            String[] what = {"软件许可与功能模块", "云资源与平台订阅（一年）", "数据采集网关、传感器及安装", "需求调研、实施部署与培训"};
            long sum = 0;
            for (int i = 0; i < amounts.length; i++) {
                if (amounts[i] > 0) {
                    lines.add(new CostLine(categories[i], amounts[i], what[i]));
                    sum += amounts[i];
                }
            }
            if (sum < price) {
                lines.add(new CostLine(CostCategory.OTHER, price - sum, "首年运维与质保"));
            }
            List<ScenarioTarget> targets = Arrays.stream(scenarios.split(",")).map(s -> s.split(":"))
                    .map(s -> new ScenarioTarget(s[0], Integer.parseInt(s[1]))).toList();
            return new PackageContent(nameZh, nameEn, summaryZh, null,
                    summaryZh + "。面向离散与流程制造的中小企业，开箱即用，按需扩展；提供驻场实施、操作培训和一年运维服务。", null,
                    category, null, dimensions, targets, price, covers, null, lines, days, deployments,
                    List.of(new ReferenceCase(client, industry, 2025, outcome)));
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row("轻量化产品设计协同平台", "Lightweight design collaboration", "三维设计图纸在线协同、BOM 统一管理与版本追溯",
                    SolutionCategory.RD_DESIGN, 168_000, 60, 20, 0, 20, 45, SAAS, List.of("D1"), "SC01:2",
                    "20 个设计账号一年、BOM 模板、图纸迁移", "杭州某精密机械有限公司", "通用设备制造", "设计变更周期缩短 30%"),
            new Row("PLM 产品数据管理标准版", "PLM standard edition", "产品全生命周期数据管理，设计、工艺、制造数据贯通",
                    SolutionCategory.RD_DESIGN, 380_000, 65, 0, 0, 35, 90, LOCAL, List.of("D1", "D3"), "SC01:3,SC02:2",
                    "软件永久授权 30 用户、实施与二次开发 20 人天", "富阳某汽配有限公司", "汽车零部件", "新品研发周期缩短 25%"),
            new Row("工艺路线数字化管理系统", "Process routing management", "工艺卡片、工艺路线与工时定额数字化，一键下发车间",
                    SolutionCategory.RD_DESIGN, 98_000, 70, 10, 0, 20, 30, SAAS, List.of(), "SC02:2",
                    "工艺模块订阅一年、工艺模板导入", "萧山某阀门有限公司", "通用设备制造", "工艺文件编制效率提升 40%"),
            new Row("CAPP 工艺知识库", "CAPP process knowledge base", "典型工艺知识沉淀与复用，工艺参数智能推荐",
                    SolutionCategory.RD_DESIGN, 260_000, 55, 0, 0, 45, 60, LOCAL, List.of("D3"), "SC02:3",
                    "软件授权、知识库建设 15 人天", "余杭某电机有限公司", "电气机械", "工艺一次通过率提升至 95%"),
            new Row("营销管理 CRM 云", "Cloud CRM", "客户、商机、报价与合同一体化管理，手机端随时跟进",
                    SolutionCategory.SALES_SERVICE, 39_800, 0, 80, 0, 20, 14, SAAS, List.of("D3"), "SC03:2",
                    "30 个销售账号一年、数据迁移", "杭州某包装材料有限公司", "造纸和纸制品", "订单转化率提升 15%"),
            new Row("经销商订货与营销数字化平台", "Dealer ordering platform", "经销商在线订货、价格政策与返利自动结算",
                    SolutionCategory.SALES_SERVICE, 128_000, 30, 50, 0, 20, 30, SAAS, List.of("D3"), "SC03:3",
                    "平台订阅一年、小程序商城、50 家经销商开通", "桐庐某日化有限公司", "化学原料和化学制品", "订货周期由 3 天缩短至 4 小时"),
            new Row("售后服务工单系统", "After-sales service desk", "报修受理、派工、备件与服务评价闭环管理",
                    SolutionCategory.SALES_SERVICE, 29_800, 0, 85, 0, 15, 10, SAAS, List.of(), "SC04:2",
                    "20 个服务账号一年、扫码报修", "临平某电梯配件有限公司", "通用设备制造", "报修响应时间缩短 50%"),
            new Row("设备远程运维与预测性服务平台", "Remote maintenance service", "售出设备联网，远程诊断、预测性维护与增值服务",
                    SolutionCategory.SALES_SERVICE, 320_000, 30, 25, 35, 10, 60, BOTH, List.of("D1"), "SC04:3,SC08:2",
                    "平台授权、100 台设备联网网关、远程诊断模型", "建德某压缩机有限公司", "通用设备制造", "现场服务次数下降 35%"),
            new Row("APS 高级计划排程", "Advanced planning and scheduling", "考虑产能与物料约束的自动排产，插单影响一目了然",
                    SolutionCategory.PRODUCTION_EXECUTION, 280_000, 70, 0, 0, 30, 60, LOCAL, List.of("D3"), "SC05:3",
                    "排程引擎授权、排产模型配置 20 人天", "杭州某注塑有限公司", "橡胶和塑料制品", "订单准时交付率提升至 96%"),
            new Row("轻量级生产计划云", "Light production planning", "订单到工单自动拆解，Excel 排产搬上云端",
                    SolutionCategory.PRODUCTION_EXECUTION, 36_000, 0, 80, 0, 20, 14, SAAS, List.of(), "SC05:2",
                    "计划模块订阅一年、导入模板", "淳安某食品有限公司", "食品制造", "计划编制时间每天节省 2 小时"),
            new Row("MES 生产执行系统（离散版）", "MES for discrete manufacturing", "工单派工、报工、在制品跟踪与生产看板",
                    SolutionCategory.PRODUCTION_EXECUTION, 450_000, 50, 0, 25, 25, 90, LOCAL, List.of("D1", "D3"),
                    "SC06:3,SC05:2", "软件授权、20 台工位终端、实施 30 人天", "钱塘某五金有限公司", "金属制品", "生产数据实时率达 100%"),
            new Row("车间扫码报工小程序", "Shop-floor scan reporting", "扫码开工完工，产量工时自动统计，零代码配置",
                    SolutionCategory.PRODUCTION_EXECUTION, 19_800, 0, 90, 0, 10, 7, SAAS, List.of("D1"), "SC06:2",
                    "50 个工人账号一年、扫码标签", "上城某服装有限公司", "纺织服装", "报工统计人工减少 80%"),
            new Row("质量管理系统 QMS", "Quality management system", "来料、过程、成品检验数字化，质量问题闭环追溯",
                    SolutionCategory.QUALITY, 158_000, 60, 10, 0, 30, 45, BOTH, List.of("D3"), "SC07:2",
                    "QMS 授权、检验方案配置、SPC 模块", "桐乡某纺织有限公司", "纺织业", "客户投诉下降 40%"),
            new Row("AI 视觉质检一体机", "AI visual inspection", "深度学习视觉检测外观缺陷，替代人工目检",
                    SolutionCategory.QUALITY, 680_000, 35, 0, 50, 15, 75, LOCAL, List.of("D1"), "SC07:3",
                    "工业相机与边缘计算机 2 套、缺陷模型训练", "滨江某电子有限公司", "计算机通信和电子设备", "漏检率由 3% 降至 0.3%"),
            new Row("设备管理与点巡检系统", "Equipment maintenance", "设备台账、点检、保养与维修全流程数字化",
                    SolutionCategory.EQUIPMENT_IOT, 68_000, 30, 50, 0, 20, 21, SAAS, List.of("D1"), "SC08:2",
                    "设备模块订阅一年、二维码台账", "西湖某印刷有限公司", "印刷", "非计划停机减少 25%"),
            new Row("设备联网与 OEE 监控", "Machine connectivity and OEE", "数控设备联网采集，稼动率与 OEE 实时分析",
                    SolutionCategory.EQUIPMENT_IOT, 220_000, 30, 20, 40, 10, 45, BOTH, List.of("D1"), "SC08:3,SC06:2",
                    "30 台设备采集网关、OEE 看板一年", "萧山某机床有限公司", "专用设备制造", "设备综合效率提升 12%"),
            new Row("安全生产数字化管控平台", "Work safety platform", "隐患排查、作业票、双重预防机制线上化",
                    SolutionCategory.SAFETY_ENERGY, 88_000, 40, 40, 0, 20, 30, SAAS, List.of(), "SC09:2",
                    "平台订阅一年、风险库配置", "上虞某化工有限公司", "化学原料和化学制品", "隐患整改闭环率 100%"),
            new Row("智能视频安全监测", "AI safety video monitoring", "AI 识别未戴安全帽、烟火、闯入危险区域并实时告警",
                    SolutionCategory.SAFETY_ENERGY, 198_000, 30, 10, 50, 10, 30, LOCAL, List.of("D1"), "SC09:3",
                    "边缘 AI 盒子 4 台、16 路算法授权", "临安某铸造有限公司", "金属制品", "安全违规行为下降 70%"),
            new Row("能耗在线监测平台", "Energy monitoring", "水电气分项计量，能耗异常实时告警与能效对标",
                    SolutionCategory.SAFETY_ENERGY, 96_000, 20, 30, 40, 10, 30, SAAS, List.of("D4"), "SC10:2",
                    "40 个智能电表与采集网关、平台一年", "余杭某纺织印染有限公司", "纺织业", "单位产品能耗下降 8%"),
            new Row("碳能一体化管理系统", "Energy and carbon management", "能源管理与碳排放核算一体化，支撑节能降碳",
                    SolutionCategory.SAFETY_ENERGY, 260_000, 40, 20, 25, 15, 60, BOTH, List.of("D4"), "SC10:3",
                    "能碳平台授权、计量改造、碳核算报告", "长兴某电池材料有限公司", "电气机械", "年节约能源费用 60 万元"),
            new Row("采购协同 SRM 云", "Supplier collaboration", "询比价、采购订单与供应商协同在线完成",
                    SolutionCategory.SUPPLY_CHAIN, 58_000, 0, 80, 0, 20, 21, SAAS, List.of("D3"), "SC11:2",
                    "SRM 订阅一年、100 家供应商开通", "海宁某家具有限公司", "家具制造", "采购成本下降 5%"),
            new Row("供应商质量与绩效管理", "Supplier performance", "供应商准入、考核与来料质量联动评价",
                    SolutionCategory.SUPPLY_CHAIN, 120_000, 50, 20, 0, 30, 45, BOTH, List.of(), "SC11:3,SC07:2",
                    "软件授权、考核模型配置", "瑞安某汽摩配有限公司", "汽车零部件", "来料不良率下降 30%"),
            new Row("WMS 仓储管理系统", "Warehouse management", "条码出入库、库位管理与先进先出，账实相符",
                    SolutionCategory.SUPPLY_CHAIN, 138_000, 50, 10, 20, 20, 30, BOTH, List.of("D1"), "SC12:2",
                    "WMS 授权、PDA 手持终端 6 台、条码打印机", "义乌某小商品有限公司", "文教工美", "库存准确率达 99.5%"),
            new Row("智能仓储与物流调度", "Smart warehousing and logistics", "立库与 AGV 调度、厂内物流配送一体化",
                    SolutionCategory.SUPPLY_CHAIN, 560_000, 40, 0, 45, 15, 90, LOCAL, List.of("D1"), "SC12:3",
                    "WCS 调度软件、AGV 接口、现场实施", "嘉兴某光伏组件有限公司", "电气机械", "物流人员减少 40%"),
            new Row("业财一体化财务云", "Integrated finance cloud", "业务单据自动生成凭证，成本核算与报表一体化",
                    SolutionCategory.MANAGEMENT, 48_000, 0, 75, 0, 25, 21, SAAS, List.of("D3"), "SC13:2",
                    "财务云订阅一年、期初数据迁移", "拱墅某建材有限公司", "非金属矿物制品", "月结时间由 7 天缩短至 2 天"),
            new Row("ERP 企业资源计划（中小企业版）", "ERP for SMEs", "进销存、生产、财务一体化，打通业务数据",
                    SolutionCategory.MANAGEMENT, 298_000, 60, 0, 0, 40, 75, BOTH, List.of("D1", "D3"), "SC13:3,SC11:2,SC05:2",
                    "ERP 授权 30 用户、实施 25 人天", "绍兴某纺机有限公司", "专用设备制造", "库存周转提升 20%"),
            new Row("人力资源与薪酬云", "HR and payroll cloud", "组织、考勤、计件工资与绩效一体化管理",
                    SolutionCategory.MANAGEMENT, 26_000, 0, 85, 0, 15, 10, SAAS, List.of("D3"), "SC14:2",
                    "300 名员工一年、考勤机对接", "温岭某鞋业有限公司", "皮革制鞋", "算薪时间缩短 75%"),
            new Row("计件工资与技能矩阵系统", "Piece-rate wages and skills", "工序计件自动计薪，员工技能等级与排班联动",
                    SolutionCategory.MANAGEMENT, 86_000, 50, 20, 0, 30, 30, BOTH, List.of(), "SC14:3,SC06:2",
                    "软件授权、工序工价配置", "诸暨某袜业有限公司", "纺织业", "工资争议下降 90%"),
            new Row("协同办公与流程审批平台", "Office collaboration", "审批流、公文、知识库与即时沟通一体化",
                    SolutionCategory.MANAGEMENT, 9_800, 0, 90, 0, 10, 7, SAAS, List.of("D3"), "SC15:2",
                    "200 人一年、20 个审批模板", "建德某机电有限公司", "电气机械", "审批时长缩短 60%"),
            new Row("低代码业务协同平台", "Low-code collaboration", "低代码搭建表单与流程，跨部门协同零等待",
                    SolutionCategory.MANAGEMENT, 68_000, 40, 40, 0, 20, 21, BOTH, List.of("D3"), "SC15:3",
                    "平台授权、10 个应用搭建", "鹿城某眼镜有限公司", "文教工美", "新流程上线由 1 月缩短至 3 天"),
            new Row("经营驾驶舱 BI", "Management cockpit BI", "经营指标自动汇总，管理层手机看板实时决策",
                    SolutionCategory.DATA_ANALYTICS, 78_000, 40, 40, 0, 20, 21, SAAS, List.of("D3", "D4"), "SC16:2",
                    "BI 订阅一年、20 张指标看板", "江干某服饰有限公司", "纺织服装", "经营分析报告由周报变为实时"),
            new Row("工业数据中台与智能决策", "Industrial data platform", "多系统数据汇聚治理，销量预测与智能决策模型",
                    SolutionCategory.DATA_ANALYTICS, 480_000, 45, 20, 0, 35, 90, BOTH, List.of("D1", "D3", "D4"),
                    "SC16:3,SC13:2", "数据中台授权、5 个决策模型、实施 30 人天", "宁波某家电有限公司", "电气机械",
                    "库存资金占用下降 18%"),
            new Row("工业互联网上云套餐", "Cloud and network starter", "企业上云、工业网络改造与安全防护一站式套餐",
                    SolutionCategory.INFRASTRUCTURE, 58_000, 10, 50, 30, 10, 14, SAAS, List.of("D1"), "SC15:2,SC16:1",
                    "云主机与存储一年、工业交换机、安全网关", "富阳某造纸有限公司", "造纸和纸制品", "关键业务系统可用性 99.9%"));
}
