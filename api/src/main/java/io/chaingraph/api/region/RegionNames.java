package io.chaingraph.api.region;

import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Names;

import org.springframework.stereotype.Component;

/**
 * Regions by the names people write: the name, the full name, or the name without its suffix (南昌市, 江西省南昌市,
 * 南昌, 赣州), the highest level first ({@code region/by-name}).
 */
@Component
public class RegionNames extends Names<Region> {

	public RegionNames(GraphReads reads) {
		super(reads, "Region 地区", "region/by-name", "region/by-codes", "region/suggest", Region::of, Region::code,
				Region::name, r -> r.fullName() + " (" + r.code() + ")",
				"give the code or the full name (地区名称不唯一，请改用区划代码或全称)");
	}

}
