package io.chaingraph.loader.chainkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small folders in the ChainKnowledgeGraph format (loader/CHAINKG.md) for the tests of reloads and removals. */
public final class ChainKgFiles {

	private ChainKgFiles() {
	}

	/** Two listed firms (江西铜业, 亿纬锂能) in the seven files, their industries and three products. */
	public static void twoListedFirms(Path folder) throws IOException {
		Files.writeString(folder.resolve("company.json"), """
				{"name": "江西铜业", "fullname": "江西铜业股份有限公司", "code": "600362.SH", "location": "上海证券交易所", "time": "2002-01-11"}
				{"name": "亿纬锂能", "fullname": "惠州亿纬锂能股份有限公司", "code": "300014.SZ", "location": "深圳证券交易所", "time": "2009-10-30"}
				""");
		Files.writeString(folder.resolve("industry.json"), """
				{"code": "240000", "name": "有色金属"}
				{"code": "240200", "name": "工业金属"}
				{"code": "240202", "name": "铜"}
				{"code": "630000", "name": "电力设备"}
				""");
		Files.writeString(folder.resolve("industry_industry.json"), """
				{"from_code": "240200", "from_industry": "工业金属", "rel": "上级行业", "to_industry": "有色金属", "to_code": "240000"}
				{"from_code": "240202", "from_industry": "铜", "rel": "上级行业", "to_industry": "工业金属", "to_code": "240200"}
				""");
		Files.writeString(folder.resolve("company_industry.json"), """
				{"company_code": "600362.SH", "industry_code": "240202", "industry_name": "铜", "company_name": "江西铜业", "rel": "所属行业"}
				{"company_code": "300014.SZ", "industry_code": "630000", "industry_name": "电力设备", "company_name": "亿纬锂能", "rel": "所属行业"}
				""");
		Files.writeString(folder.resolve("product.json"), """
				{"name": "阴极铜"}
				{"name": "铜材"}
				{"name": "锂离子电池"}
				""");
		Files.writeString(folder.resolve("company_product.json"), """
				{"company_name": "江西铜业", "company_code": "600362.SH", "product_name": "阴极铜", "rel": "主营产品", "rel_weight": 0.62}
				{"company_name": "江西铜业", "company_code": "600362.SH", "product_name": "铜材", "rel": "主营产品", "rel_weight": 0.25}
				{"company_name": "亿纬锂能", "company_code": "300014.SZ", "product_name": "锂离子电池", "rel": "主营产品", "rel_weight": 0.9}
				""");
		Files.writeString(folder.resolve("product_product.json"), """
				{"from_entity": "锂离子电池", "rel": "上游材料", "to_entity": "铜材"}
				""");
	}

}
