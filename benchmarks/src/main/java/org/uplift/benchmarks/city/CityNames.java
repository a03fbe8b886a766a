package org.uplift.benchmarks.city;

import java.util.List;
import java.util.Random;

import org.uplift.organisation.Industry;

/** Plausible names of Hangzhou manufacturers, providers and their people. */
final class CityNames {

    private static final List<String> BRAND = List.of("明", "远", "恒", "瑞", "华", "信", "鼎", "盛", "宏", "达", "永", "康",
            "佳", "禾", "中", "航", "金", "泰", "新", "峰", "晨", "光", "东", "方", "天", "成", "博", "创", "联", "银", "润", "丰");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "沈", "俞");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "涛", "明", "超", "霞", "平", "刚", "建华", "志强", "晓东", "海燕", "国平", "丽萍", "文杰", "一鸣", "子涵", "浩然");
    private static final List<String> PROVIDER_WORDS = List.of("数智", "云栖", "智造", "工联", "精益", "数联", "链动", "慧工",
            "智控", "数研", "云工", "易联");

    private CityNames() {
    }

    static String sme(Random random, Industry industry) {
        return "杭州" + brand(random) + short_(industry) + (random.nextInt(4) == 0 ? "股份有限公司" : "有限公司");
    }

    static String provider(Random random, int n) {
        return "杭州" + PROVIDER_WORDS.get(n % PROVIDER_WORDS.size()) + brand(random) + "信息技术有限公司";
    }

    static String person(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    static String products(Industry industry) {
        return short_(industry) + "产品";
    }

    private static String brand(Random random) {
        return BRAND.get(random.nextInt(BRAND.size())) + BRAND.get(random.nextInt(BRAND.size()));
    }

    private static String short_(Industry industry) {
        String name = industry.nameZh();
        for (String suffix : List.of("制造业", "加工业", "工业", "业")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
