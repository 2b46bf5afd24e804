package io.chaingraph.model.rules;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCodesTest {

	@Test
	void paddedProvinceAndCityCodesAndTheStatisticalFormReadAsTheCodesTheyPad() {
		assertThat(RegionCodes.unpadded("360700")).containsExactly("3607");
		assertThat(RegionCodes.unpadded("360000")).containsExactly("36");
		assertThat(RegionCodes.unpadded("360700000000")).containsExactly("360700", "3607");
		assertThat(RegionCodes.unpadded("360000000000")).containsExactly("360000", "36");
		assertThat(RegionCodes.unpadded("360121000000")).containsExactly("360121");
		// A candidate only: 441900 is a region itself (东莞市's county-level entry), which the resolver tries first.
		assertThat(RegionCodes.unpadded("441900")).containsExactly("4419");
	}

	@Test
	void anyOtherCodeHasNoOtherForm() {
		for (var code : new String[] { "36", "3607", "360121", "3601Z01", "CA-YRD", "3607000", "360121100000", "赣州", "" }) {
			assertThat(RegionCodes.unpadded(code)).as(code).isEmpty();
		}
	}

	@Test
	void aCooperationAreaIsNamedWithItsMembersAndWhatToDoWithThem() {
		assertThat(RegionCodes.cooperationArea("长三角", "CA-YRD", List.of("上海市 (31)", "江苏省 (32)"), List.of("上海市", "江苏省"),
				"ask about those", "请改为查询其成员地区"))
			.isEqualTo("'长三角' (CA-YRD) is a cooperation area: firms are located in its member regions, ask about those:"
					+ " 上海市 (31), 江苏省 (32) (区域合作区不直接包含企业，请改为查询其成员地区：上海市、江苏省)");
		var many = Collections.nCopies(RegionCodes.MEMBERS_LISTED + 2, "某县 (360000)");
		assertThat(RegionCodes.cooperationArea("某区", "CA-X", many, Collections.nCopies(many.size(), "某县"), "a", "乙"))
			.contains(", … (32 in all) (", "某县 等 32 个)");
	}

}
