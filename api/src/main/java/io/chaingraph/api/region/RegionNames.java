package io.chaingraph.api.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Names;
import io.chaingraph.model.rules.RegionCodes;

import org.springframework.stereotype.Component;

/**
 * Regions by the names people write: the name, the full name, or the name without its suffix (南昌市, 江西省南昌市,
 * 南昌, 赣州), the highest level first ({@code region/by-name}); and by code as government systems write it too
 * (360700 for 3607, {@link RegionCodes#unpadded}).
 */
@Component
public class RegionNames extends Names<Region> {

	private final GraphReads reads;

	public RegionNames(GraphReads reads) {
		super(reads, "Region 地区", "region/by-name", "region/by-codes", "region/suggest", Region::of, Region::code,
				Region::name, r -> r.fullName() + " (" + r.code() + ")",
				"give the code or the full name (地区名称不唯一，请改用区划代码或全称)");
		this.reads = reads;
	}

	@Override
	protected List<String> otherForms(String key) {
		return RegionCodes.unpadded(key);
	}

	/**
	 * How every 招商 team writes a development zone's name, and the name it has (南昌高新区 is 南昌高新技术产业开发区):
	 * the short form found 南昌县 as what it may have meant.
	 */
	private static final List<Map.Entry<String, String>> ZONE_WORDS = List.of(Map.entry("高新区", "高新技术产业开发区"),
			Map.entry("高新开发区", "高新技术产业开发区"), Map.entry("经开区", "经济技术开发区"), Map.entry("经济开发区", "经济技术开发区"),
			Map.entry("综保区", "综合保税区"));

	/**
	 * A name as given, in simplified characters, without the spaces a document sets between a place and its parent
	 * (江西省 赣州市: no region's name holds one), and with a zone's short form written out ({@link #ZONE_WORDS}).
	 */
	@Override
	protected List<String> readings(String name) {
		var readings = new ArrayList<>(super.readings(name));
		for (var reading : List.copyOf(readings)) {
			var joined = reading.replaceAll("[\\s\u3000]+", "");
			if (!joined.equals(reading)) {
				readings.add(joined);
			}
		}
		for (var reading : List.copyOf(readings)) {
			for (var words : ZONE_WORDS) {
				if (reading.contains(words.getKey())) {
					readings.add(reading.replace(words.getKey(), words.getValue()));
				}
			}
		}
		return readings;
	}

	/**
	 * The code of the region a text is or names ({@link #known}), for a question about the firms located there;
	 * {@code argument} names where the text was given, for the NOT_FOUND.
	 * @throws ApiException NOT_FOUND when there is none; BAD_INPUT for a cooperation area ({@link #holdsFirms})
	 */
	public String holdingFirms(String text, String argument) {
		var region = knownItem(text, argument);
		holdsFirms(region, argument);
		return region.code();
	}

	/** {@link #holdsFirms(Region)}, its BAD_INPUT naming the argument the region was given in. */
	public void holdsFirms(Region region, String argument) {
		try {
			holdsFirms(region);
		}
		catch (ApiException ex) {
			throw ex.about(argument);
		}
	}

	/**
	 * Refuses a cooperation area where a question counts or lists the firms located in a region: none is located in
	 * one (its members are), so every answer would be 0 firms, all 断点, read as the area's truth.
	 * @throws ApiException BAD_INPUT naming the area and its members, to ask about instead
	 */
	public void holdsFirms(Region region) {
		if (RegionCodes.COOPERATION_AREA.equals(region.level())) {
			throw cooperationArea(region, "ask about those", "请改为查询其成员地区");
		}
	}

	/**
	 * BAD_INPUT for a cooperation area given where a region holding firms belongs, with its members
	 * ({@code region/members}) in the message and as {@code members} (codes) in the extensions.
	 * @param action what to do with the members, in English and {@code chineseAction} in Chinese
	 */
	public ApiException cooperationArea(Region area, String action, String chineseAction) {
		var members = members(area.code());
		var details = new LinkedHashMap<String, Object>();
		details.put("key", area.code());
		details.put("members", members.stream().map(Region::code).toList());
		return new ApiException(ErrorCode.BAD_INPUT, RegionCodes.cooperationArea(area.name(), area.code(),
				members.stream().map(m -> m.name() + " (" + m.code() + ")").toList(),
				members.stream().map(Region::name).toList(), action, chineseAction), details);
	}

	/** The members of a cooperation area, by code. */
	public List<Region> members(String code) {
		return this.reads.list("region/members", Map.of("keys", List.of(code)), r -> Region.of(r.get("item").asMap()));
	}

}
