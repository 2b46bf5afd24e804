package io.chaingraph.loader.region;

/**
 * One region as the loader writes it.
 *
 * @param code GB/T 2260 code (2, 4 or 6 digits) or a documented code for zones and cooperation areas
 * @param name the name as the source gives it, e.g. 东湖区
 * @param fullName the name with its parents, e.g. 江西省南昌市东湖区, so that it reads unambiguously
 * @param level province, city, county, zone or cooperation area
 * @param parentCode the code of the region it is part of, null for provinces and cooperation areas
 * @param source where the fact comes from
 */
public record Region(String code, String name, String fullName, RegionLevel level, String parentCode, String source) {
}
