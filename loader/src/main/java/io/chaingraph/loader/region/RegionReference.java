package io.chaingraph.loader.region;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.chaingraph.loader.source.CsvSource;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;

/**
 * The administrative divisions of China shipped with the loader ({@code reference/regions-cn}, WTFPL): 31
 * provinces, their cities, and their counties and functional zones; and 台湾省, 香港特别行政区 and 澳门特别行政区 at
 * province level, from GB/T 2260 itself.
 * <p>
 * Placeholder cities (市辖区 of a municipality, 省直辖县级行政区划, 重庆's 县) are not regions of their own: their
 * counties are placed directly under the province.
 */
public final class RegionReference {

	/** The provenance every reference region carries. */
	public static final String SOURCE = "registry:regions-cn@57a0aa9 (GB/T 2260, 2022-10-31)";

	private static final Set<String> PLACEHOLDER_CITIES = Set.of("市辖区", "省直辖县级行政区划", "县");

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");

	private static final Pattern CITY_CODE = Pattern.compile("\\d{4}");

	private static final Pattern AREA_CODE = Pattern.compile("\\d{6}");

	private RegionReference() {
	}

	/**
	 * The provenance of 台湾省 (71), 香港特别行政区 (81) and 澳门特别行政区 (82): province-level codes of GB/T 2260 that
	 * the copied set leaves out, listed by the standard and by 民政部's 县以上行政区划代码 without sub-regions.
	 */
	public static final String SOURCE_HK_MO_TW = "registry:GB/T 2260 (台湾省 71, 香港特别行政区 81, 澳门特别行政区 82; 民政部 县以上行政区划代码)";

	/**
	 * The shipped reference set, parents before children: the copied set, then 台湾省, 香港特别行政区 and
	 * 澳门特别行政区 at province level ({@code provinces-hk-mo-tw.csv}, {@link #SOURCE_HK_MO_TW}), which firms and
	 * cooperation areas (粤港澳大湾区) name. They have no sub-regions here: the copied set has none for them to follow.
	 */
	public static List<Region> shipped() {
		var regions = new ArrayList<>(read(RegionReference::resource));
		var problems = new ArrayList<LoadProblem>();
		var codes = new java.util.HashSet<String>();
		regions.forEach(r -> codes.add(r.code()));
		try (var csv = new CsvSource("provinces-hk-mo-tw.csv", resource("provinces-hk-mo-tw.csv"))) {
			csv.requireColumns(List.of("code", "name"), problems::add);
			for (var row : csv) {
				var code = code(row, "code", PROVINCE_CODE, "2 digits", problems);
				var name = name(row, problems);
				if (code != null && name != null && !codes.add(code)) {
					problems.add(new LoadProblem(row.file(), row.line(), "code", "a code used once (编码重复)",
							code + ", already used in provinces.csv"));
				}
				else if (code != null && name != null) {
					regions.add(new Region(code, name, name, RegionLevel.PROVINCE, null, SOURCE_HK_MO_TW));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new LoadException(problems);
		}
		return List.copyOf(regions);
	}

	private static InputStream resource(String name) {
		InputStream in = RegionReference.class.getClassLoader().getResourceAsStream("reference/regions-cn/" + name);
		if (in == null) {
			throw new IllegalStateException("reference/regions-cn/" + name + " is missing from the loader jar");
		}
		return in;
	}

	/**
	 * Reads provinces.csv, cities.csv and areas.csv as opened by {@code open}.
	 * @throws LoadException listing every bad code, unknown parent and duplicate
	 */
	public static List<Region> read(Function<String, InputStream> open) {
		var problems = new ArrayList<LoadProblem>();
		var regions = new ArrayList<Region>();
		var byCode = new HashMap<String, Region>();
		var placeholderCities = new HashMap<String, String>();

		try (var csv = new CsvSource("provinces.csv", open.apply("provinces.csv"))) {
			csv.requireColumns(List.of("code", "name"), problems::add);
			for (var row : csv) {
				var code = code(row, "code", PROVINCE_CODE, "2 digits", problems);
				var name = name(row, problems);
				if (code != null && name != null) {
					add(regions, byCode, new Region(code, name, name, RegionLevel.PROVINCE, null, SOURCE), row,
							problems);
				}
			}
		}
		try (var csv = new CsvSource("cities.csv", open.apply("cities.csv"))) {
			csv.requireColumns(List.of("code", "name", "provinceCode"), problems::add);
			for (var row : csv) {
				var code = code(row, "code", CITY_CODE, "4 digits", problems);
				var name = name(row, problems);
				var province = parent(row, "provinceCode", byCode, problems);
				if (code == null || name == null || province == null) {
					continue;
				}
				if (PLACEHOLDER_CITIES.contains(name)) {
					placeholderCities.put(code, province.code());
					continue;
				}
				add(regions, byCode, new Region(code, name, province.fullName() + name, RegionLevel.CITY,
						province.code(), SOURCE), row, problems);
			}
		}
		try (var csv = new CsvSource("areas.csv", open.apply("areas.csv"))) {
			csv.requireColumns(List.of("code", "name", "cityCode", "provinceCode"), problems::add);
			for (var row : csv) {
				var code = code(row, "code", AREA_CODE, "6 digits", problems);
				var name = name(row, problems);
				var cityCode = row.get("cityCode");
				Region parent;
				if (cityCode != null && placeholderCities.containsKey(cityCode)) {
					parent = byCode.get(placeholderCities.get(cityCode));
				}
				else {
					parent = parent(row, "cityCode", byCode, problems);
				}
				if (code == null || name == null || parent == null) {
					continue;
				}
				// GB/T 2260: a 5th digit of 7 marks a functional zone (开发区, 高新区 …), not a county.
				var level = code.charAt(4) == '7' ? RegionLevel.ZONE : RegionLevel.COUNTY;
				add(regions, byCode, new Region(code, name, parent.fullName() + name, level, parent.code(), SOURCE),
						row, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new LoadException(problems);
		}
		return List.copyOf(regions);
	}

	private static void add(List<Region> regions, HashMap<String, Region> byCode, Region region, CsvSource.Row row,
			List<LoadProblem> problems) {
		var previous = byCode.putIfAbsent(region.code(), region);
		if (previous != null) {
			problems.add(new LoadProblem(row.file(), row.line(), "code", "a code used once (编码重复)",
					region.code() + ", already used for " + previous.fullName()));
			return;
		}
		regions.add(region);
	}

	private static String code(CsvSource.Row row, String column, Pattern pattern, String expected,
			List<LoadProblem> problems) {
		var value = row.get(column);
		if (value == null || !pattern.matcher(value).matches()) {
			problems.add(new LoadProblem(row.file(), row.line(), column, "a GB/T 2260 code of " + expected,
					value == null ? "nothing (空值)" : "'" + value + "'"));
			return null;
		}
		return value;
	}

	private static String name(CsvSource.Row row, List<LoadProblem> problems) {
		var value = row.get("name");
		if (value == null) {
			problems.add(new LoadProblem(row.file(), row.line(), "name", "a region name", "nothing (空值)"));
		}
		return value;
	}

	private static Region parent(CsvSource.Row row, String column, HashMap<String, Region> byCode,
			List<LoadProblem> problems) {
		var code = row.get(column);
		var parent = code == null ? null : byCode.get(code);
		if (parent == null) {
			problems.add(new LoadProblem(row.file(), row.line(), column, "the code of a region listed before",
					code == null ? "nothing (空值)" : "'" + code + "', which is not listed (未知的上级区划)"));
		}
		return parent;
	}

}
