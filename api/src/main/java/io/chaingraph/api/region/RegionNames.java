package io.chaingraph.api.region;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Lookup;

import org.springframework.stereotype.Component;

/**
 * Regions by the names people write (南昌市, 江西省南昌市, 南昌, 赣州): {@code region(name:)}, and the questions that
 * take a region code, for a text that is not one.
 */
@Component
public class RegionNames {

	private final GraphReads reads;

	public RegionNames(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The region the name means, the highest level first; null when no region has it.
	 * @throws ApiException BAD_INPUT when several regions of that level share it (鼓楼区)
	 */
	public Region find(String name) {
		var found = this.reads.list("region/by-name", Map.of("name", name.strip()),
				r -> new Lookup.Match<>(Region.of(r.get("item").asMap()), r.get("matches").asInt()));
		return Lookup.unambiguous("Region 地区", name, found, r -> r.fullName() + " (" + r.code() + ")",
				"give the code or the full name (地区名称不唯一，请改用区划代码或全称)");
	}

	/** The code of the region the text names, or the text itself when it names none (it may be a code). */
	public String code(String text) {
		var region = find(text);
		return region == null ? text : region.code();
	}

	/**
	 * The code the text is, or the code of the region it names: for a filter that matched nothing, to tell a region
	 * written by name (赣州) from one the graph does not have.
	 * @throws ApiException NOT_FOUND when the text is neither a region code nor a region's name
	 */
	public String known(String text) {
		if (!this.reads.list("region/by-codes", Map.of("keys", List.of(text)), r -> r).isEmpty()) {
			return text;
		}
		var region = find(text);
		if (region == null) {
			throw ApiException.notFound("Region 地区", text);
		}
		return region.code();
	}

}
