package io.chaingraph.loader.region;

/** What kind of region a Region node is; stored as the {@code level} property. */
public enum RegionLevel {

	/** 省级: province, autonomous region or municipality. */
	PROVINCE,
	/** 地级: prefecture-level city, league or autonomous prefecture. */
	CITY,
	/** 县级: district, county or county-level city. */
	COUNTY,
	/** 功能区: a development zone or park ({@code 开发区 / 高新区 / 园区}). */
	ZONE,
	/** 区域合作: a cooperation area grouping regions (长三角, 粤港澳大湾区 …). */
	COOPERATION_AREA

}
