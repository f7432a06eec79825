#include "app/seed/SeedVocabulary.h"

#include <array>

namespace ingot {

namespace {
constexpr std::array kEastCitiesJs{"南京", "苏州", "无锡", "常州"};
constexpr std::array kEastCitiesZj{"杭州", "宁波", "湖州", "长兴"};
constexpr std::array kEastCitiesAh{"合肥", "界首", "芜湖"};
constexpr std::array kEastCitiesSd{"济南", "青岛", "临沂"};
constexpr std::array kSouthCitiesGd{"广州", "深圳", "东莞", "佛山"};
constexpr std::array kSouthCitiesGx{"南宁", "柳州"};
constexpr std::array kNorthCitiesHb{"石家庄", "保定", "邢台"};
constexpr std::array kNorthCitiesTj{"天津"};
constexpr std::array kCentralCitiesHn{"郑州", "济源", "新乡"};
constexpr std::array kCentralCitiesHun{"长沙", "株洲", "郴州"};
constexpr std::array kCentralCitiesHub{"武汉", "宜昌"};
constexpr std::array kSouthwestCitiesSc{"成都", "绵阳"};
constexpr std::array kSouthwestCitiesYn{"昆明", "个旧"};
constexpr std::array kNorthwestCitiesSx{"西安", "宝鸡"};
constexpr std::array kNortheastCitiesLn{"沈阳", "大连"};
constexpr std::array kNortheastCitiesHlj{"哈尔滨"};

constexpr std::array kProvinces{
    ProvinceCities{Region::East, "江苏", kEastCitiesJs},       ProvinceCities{Region::East, "浙江", kEastCitiesZj},
    ProvinceCities{Region::East, "安徽", kEastCitiesAh},       ProvinceCities{Region::East, "山东", kEastCitiesSd},
    ProvinceCities{Region::South, "广东", kSouthCitiesGd},     ProvinceCities{Region::South, "广西", kSouthCitiesGx},
    ProvinceCities{Region::North, "河北", kNorthCitiesHb},     ProvinceCities{Region::North, "天津", kNorthCitiesTj},
    ProvinceCities{Region::Central, "河南", kCentralCitiesHn}, ProvinceCities{Region::Central, "湖南", kCentralCitiesHun},
    ProvinceCities{Region::Central, "湖北", kCentralCitiesHub}, ProvinceCities{Region::Southwest, "四川", kSouthwestCitiesSc},
    ProvinceCities{Region::Southwest, "云南", kSouthwestCitiesYn}, ProvinceCities{Region::Northwest, "陕西", kNorthwestCitiesSx},
    ProvinceCities{Region::Northeast, "辽宁", kNortheastCitiesLn}, ProvinceCities{Region::Northeast, "黑龙江", kNortheastCitiesHlj},
};

constexpr std::array kStems{"天能", "超威", "华阳", "恒力", "金源", "宏达", "鑫泰", "永固", "骆驼", "风帆",
                            "长江", "南都", "双登", "理士", "圣阳", "瑞达", "东方", "泰和", "明阳", "聚力",
                            "新宇", "国轩", "海华", "正通", "华东", "远航", "鼎盛", "创元", "锦程", "中联"};
constexpr std::array kIndustries{"蓄电池", "电源科技", "电缆", "新能源", "储能", "合金材料", "铅酸电池", "电力器材"};
constexpr std::array kSurnames{"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
constexpr std::array kPinyin{"zhang", "wang", "li", "zhao", "liu", "chen", "yang", "huang", "zhou", "wu", "xu", "sun",
                             "ma", "zhu", "hu"};
constexpr std::array kGiven{"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "霞",
                            "平", "刚", "桂英", "建华", "国强", "海燕", "志强", "秀兰", "晓东"};
constexpr std::array kGrades{"Pb99.994", "Pb99.994", "Pb99.994", "Pb99.990", "Pb99.990", "Pb99.985", "Pb99.970",
                             "Pb99.940"};

constexpr std::array kPorosity{"铅锭断面有气孔", "切开后发现内部气孔", "锭面针孔较多影响熔铸"};
constexpr std::array kOxidation{"铅锭表面发白氧化", "到货后表面有黄白色氧化膜", "储存两周后氧化严重"};
constexpr std::array kDeformation{"铅锭变形无法叠放", "运输中铅锭挤压变形", "大锭边缘飞边超过10mm"};
constexpr std::array kComposition{"化验铋含量超标", "成分与质保书不符", "硬度偏高疑似锑超标"};
constexpr std::array kPackaging{"打包带断裂散捆", "铅锭包装破损", "捆标签缺失无法追溯批次"};
constexpr std::array kWeight{"过磅重量与单据不符", "单锭重量低于标称", "整车短重约0.5吨"};
constexpr std::array kDelivery{"到货延迟影响排产", "物流未按约定时间到厂", "发错批次需要调换"};
constexpr std::array kTechnical{"咨询熔铅温度控制", "请求储存运输规范培训", "合金配比技术支持"};
constexpr std::array kOther{"发票信息有误", "质保书未随货", "客户咨询价格调整"};

constexpr std::array kPorosityD{"客户熔铸车间反映本批次铅锭断面可见气孔,影响极板质量,要求技术人员确认原因。"};
constexpr std::array kOxidationD{"到货铅锭表面出现一层白色薄膜,客户担心质量问题,要求退货。"};
constexpr std::array kDeformationD{"卸货时发现部分铅锭弯曲变形,叠放不稳,存在安全隐患。"};
constexpr std::array kCompositionD{"客户化验室检测结果与质保书不一致,生产线暂停使用该批次。"};
constexpr std::array kPackagingD{"多捆铅锭打包带断裂,标签脱落,仓库无法按批次入库。"};
constexpr std::array kWeightD{"客户地磅复秤结果比发货单少,要求核对并补货。"};
constexpr std::array kDeliveryD{"约定到货时间已过,客户产线原料库存仅够一天,催促发货。"};
constexpr std::array kTechnicalD{"客户新建熔铅锅,希望我方派技术人员指导工艺参数。"};
constexpr std::array kOtherD{"客户财务反映发票抬头错误,需要重开。"};
}  // namespace

std::span<const ProvinceCities> SeedVocabulary::provinces() { return kProvinces; }
std::span<const char* const> SeedVocabulary::companyStems() { return kStems; }
std::span<const char* const> SeedVocabulary::industries() { return kIndustries; }
std::span<const char* const> SeedVocabulary::surnames() { return kSurnames; }
std::span<const char* const> SeedVocabulary::pinyinSurnames() { return kPinyin; }
std::span<const char* const> SeedVocabulary::givenNames() { return kGiven; }
std::span<const char* const> SeedVocabulary::grades() { return kGrades; }

std::span<const char* const> SeedVocabulary::titlesFor(Category c)
{
    switch (c) {
    case Category::Porosity: return kPorosity;
    case Category::Oxidation: return kOxidation;
    case Category::Deformation: return kDeformation;
    case Category::Composition: return kComposition;
    case Category::Packaging: return kPackaging;
    case Category::Weight: return kWeight;
    case Category::Delivery: return kDelivery;
    case Category::Technical: return kTechnical;
    case Category::Other: break;
    }
    return kOther;
}

std::span<const char* const> SeedVocabulary::descriptionsFor(Category c)
{
    switch (c) {
    case Category::Porosity: return kPorosityD;
    case Category::Oxidation: return kOxidationD;
    case Category::Deformation: return kDeformationD;
    case Category::Composition: return kCompositionD;
    case Category::Packaging: return kPackagingD;
    case Category::Weight: return kWeightD;
    case Category::Delivery: return kDeliveryD;
    case Category::Technical: return kTechnicalD;
    case Category::Other: break;
    }
    return kOtherD;
}

}  // namespace ingot
