package io.chaingraph.model.order;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameOrderTest {

	@Test
	void chineseNamesSortBy拼音() {
		var names = new ArrayList<>(List.of("中国铜业有限公司", "江西铜业股份有限公司", "安徽海螺集团", "北京燕京啤酒", "阿里巴巴",
				"赣锋锂业", "宁德时代", "比亚迪", "万华化学", "厦门钨业", "ABC科技", "3M中国"));
		names.sort(Comparator.comparing(NameOrder::key));
		assertThat(names).containsExactly("3M中国", "ABC科技", "阿里巴巴", "安徽海螺集团", "北京燕京啤酒", "比亚迪", "赣锋锂业",
				"江西铜业股份有限公司", "宁德时代", "万华化学", "厦门钨业", "中国铜业有限公司");
	}

	@Test
	void keysCompareAsTheNamesDo() {
		var collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		collator.setStrength(Collator.PRIMARY);
		collator.setDecomposition(Collator.FULL_DECOMPOSITION);
		var random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			var a = name(random);
			var b = random.nextInt(4) == 0 ? a.substring(0, 1 + random.nextInt(a.length())) : name(random);
			assertThat(Integer.signum(NameOrder.key(a).compareTo(NameOrder.key(b))))
				.as("%s vs %s", a, b)
				.isEqualTo(Integer.signum(collator.compare(a, b)));
		}
	}

	@Test
	void caseAndWidthShareAKeyAndNullHasNone() {
		assertThat(NameOrder.key("abc科技")).isEqualTo(NameOrder.key("ABC科技")).isEqualTo(NameOrder.key("ＡＢＣ科技"));
		assertThat(NameOrder.key("江西铜业")).matches("[0-9a-f]+").doesNotEndWith("00000000");
		assertThat(NameOrder.key(null)).isNull();
	}

	/** A random name of Chinese characters, Latin letters, digits and the middle dot. */
	private static String name(Random random) {
		var name = new StringBuilder();
		for (int i = 1 + random.nextInt(12); i > 0; i--) {
			int kind = random.nextInt(10);
			name.append(kind < 7 ? (char) (0x4e00 + random.nextInt(0x5200)) : kind < 8 ? (char) ('A' + random.nextInt(26))
					: kind < 9 ? (char) ('0' + random.nextInt(10)) : '·');
		}
		return name.toString();
	}

}
