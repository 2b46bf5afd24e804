package io.chaingraph.loader.region;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.chaingraph.loader.source.LoadException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionReferenceTest {

	@Test
	void shipsEveryProvinceCityAndCountyWithPlaceholdersFolded() {
		var regions = RegionReference.shipped();
		var byLevel = regions.stream().collect(Collectors.groupingBy(Region::level, Collectors.counting()));
		// 31 provinces and 台湾, 香港, 澳门; 342 city rows minus 8 placeholders; 2,978 area rows of which 124 are
		// functional zones.
		assertThat(byLevel).containsEntry(RegionLevel.PROVINCE, 34L)
			.containsEntry(RegionLevel.CITY, 334L)
			.containsEntry(RegionLevel.ZONE, 124L)
			.containsEntry(RegionLevel.COUNTY, 2978L - 124L);
		var byCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
		assertThat(byCode.get("360102")).satisfies(r -> {
			assertThat(r.name()).isEqualTo("东湖区");
			assertThat(r.parentCode()).isEqualTo("3601");
			assertThat(r.fullName()).isEqualTo("江西省南昌市东湖区");
		});
		assertThat(byCode.get("110101").parentCode()).as("Beijing's districts sit under the province").isEqualTo("11");
		assertThat(byCode).doesNotContainKey("1101");
		assertThat(byCode.get("130171").level()).isEqualTo(RegionLevel.ZONE);
		assertThat(byCode.get("130171").fullName()).isEqualTo("河北省石家庄市石家庄高新技术产业开发区");
		// GB/T 2260's province-level codes the copied set leaves out, with their own provenance and no sub-regions.
		assertThat(byCode.get("81")).satisfies(r -> {
			assertThat(r.name()).isEqualTo("香港特别行政区");
			assertThat(r.level()).isEqualTo(RegionLevel.PROVINCE);
			assertThat(r.source()).isEqualTo(RegionReference.SOURCE_HK_MO_TW);
		});
		assertThat(byCode.get("82").name()).isEqualTo("澳门特别行政区");
		assertThat(byCode.get("71").name()).isEqualTo("台湾省");
		assertThat(byCode.get("36").source()).isEqualTo(RegionReference.SOURCE);
		assertThat(regions).noneMatch(r -> r.parentCode() != null && List.of("71", "81", "82").contains(r.parentCode()));
	}

	@Test
	void reportsEveryBadRowWithFileLineAndField() {
		var files = Map.of("provinces.csv", "code,name\n36,江西省\n3X,坏编码\n", "cities.csv",
				"code,name,provinceCode\n3601,南昌市,36\n3602,景德镇市,99\n", "areas.csv",
				"code,name,cityCode,provinceCode\n360102,东湖区,3601,36\n360102,重复,3601,36\n");
		assertThatThrownBy(() -> RegionReference.read(
				name -> new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(LoadException.class)
			.satisfies(ex -> assertThat(((LoadException) ex).problems()).hasSize(3))
			.hasMessageContaining("provinces.csv:3 字段 code")
			.hasMessageContaining("cities.csv:3 字段 provinceCode")
			.hasMessageContaining("areas.csv:3 字段 code");
	}

}
