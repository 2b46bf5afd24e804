package io.chaingraph.model.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.ibm.icu.text.Transliterator;
import io.chaingraph.testsupport.ChineseOrder;
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

	/** Characters outside GB2312's 3,755 common ones sort by 拼音 too (the JDK's collation put them after z). */
	@Test
	void rareCharactersSortBy拼音Too() {
		var names = new ArrayList<>(List.of("周口市", "亳州市", "滨州市", "儋州市", "大连市", "衢州市", "泉州市", "泸州市",
				"孚能科技", "漯河市", "濮阳市", "邛崃市"));
		names.sort(Comparator.comparing(NameOrder::key));
		assertThat(names).containsExactly("滨州市", "亳州市", "大连市", "儋州市", "孚能科技", "泸州市", "漯河市", "濮阳市",
				"邛崃市", "衢州市", "泉州市", "周口市");
	}

	/** Names read otherwise than ICU reads their characters sort under the sound they are read with. */
	@Test
	void placeNamesSortUnderTheirReading() {
		var names = new ArrayList<>(List.of("长城汽车", "长沙市", "常州市", "潮州市", "漳州市", "长子县", "重庆市", "中山市",
				"厦门钨业", "西部超导", "许继电气", "沙洋县", "六安市", "龙岩市", "芦溪县", "柳州市", "成都市", "成功", "番禺区",
				"盘锦市", "西藏", "西宁"));
		names.sort(Comparator.comparing(NameOrder::key));
		assertThat(names).containsExactly("长城汽车", "长沙市", "常州市", "潮州市", "成都市", "成功", "重庆市", "柳州市",
				"龙岩市", "芦溪县", "六安市", "番禺区", "盘锦市", "沙洋县", "西部超导", "西宁", "西藏", "厦门钨业", "许继电气",
				"漳州市", "长子县", "中山市");
		// and words of firm names: 银行 háng before 银河 hé, 模具 mú after 模型 mó, 曾 zēng after 岑 cén
		var firms = new ArrayList<>(List.of("中国银河证券", "中国银行", "宁波模具", "宁波模型", "曾氏集团", "岑溪市", "张家港"));
		firms.sort(Comparator.comparing(NameOrder::key));
		assertThat(firms).containsExactly("岑溪市", "宁波模型", "宁波模具", "曾氏集团", "张家港", "中国银行", "中国银河证券");
	}

	/** The keys compare as ICU's collation tailored by rules compares the names: the respelling is the tailoring. */
	@Test
	void keysCompareAsTheNamesDo() {
		var collator = ChineseOrder.names();
		var words = NameOrder.readingsFile().stream().map(NameOrder.Reading::word).toList();
		var random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			var a = name(random, words);
			var b = random.nextInt(4) == 0 ? a.substring(0, 1 + random.nextInt(a.length())) : name(random, words);
			assertThat(Integer.signum(NameOrder.key(a).compareTo(NameOrder.key(b))))
				.as("%s vs %s", a, b)
				.isEqualTo(Integer.signum(collator.compare(a, b)));
		}
	}

	/** Each respelled character of readings.tsv has the reading the file gives it (ICU's Han-Latin says so). */
	@Test
	void theRespellingsReadAsTheFileSays() {
		var pinyin = Transliterator.getInstance("Han-Latin");
		var readings = NameOrder.readingsFile();
		assertThat(readings).hasSizeGreaterThan(20);
		for (var reading : readings) {
			var word = reading.word();
			var spelled = reading.spelled();
			var syllables = reading.syllables();
			assertThat(syllables).as(word).hasSize(word.length());
			for (int i = 0; i < word.length(); i++) {
				if (word.charAt(i) != spelled.charAt(i)) {
					var as = pinyin.transliterate(spelled.substring(i, i + 1));
					assertThat(as).as("%s in %s", spelled.charAt(i), word).isEqualTo(syllables.get(i));
				}
			}
		}
	}

	/** A short list of names (a reason's areas or customers) comes in 拼音 order, not code-point order, each once. */
	@Test
	void shortListsAreSortedBy拼音EachOnce() {
		assertThat(NameOrder.sorted(List.of("赣闽产业合作示范区", "长江经济带", "泛珠三角区域", "长江经济带", "安徽省")))
			.containsExactly("安徽省", "长江经济带", "泛珠三角区域", "赣闽产业合作示范区");
	}

	/** Items sorted in place by their names: 拼音 order, and items of one name keep their order. */
	@Test
	void itemsSortByTheirNamesStably() {
		var items = new java.util.ArrayList<>(List.of("铜仁市:REGION", "铜川市:REGION", "铜陵市:ENTERPRISE", "铜陵市:REGION",
				"覆铜板:SEGMENT"));
		NameOrder.sort(items, item -> item.substring(0, item.indexOf(':')));
		assertThat(items).containsExactly("覆铜板:SEGMENT", "铜川市:REGION", "铜陵市:ENTERPRISE", "铜陵市:REGION", "铜仁市:REGION");
	}

	@Test
	void caseAndWidthShareAKeyAndNullHasNone() {
		assertThat(NameOrder.key("abc科技")).isEqualTo(NameOrder.key("ABC科技")).isEqualTo(NameOrder.key("ＡＢＣ科技"));
		assertThat(NameOrder.key("江西铜业")).matches("[0-9a-f]+").doesNotEndWith("00");
		assertThat(NameOrder.key(null)).isNull();
	}

	/** A random name of Chinese characters (rare ones too), Latin letters, digits, the middle dot and known words. */
	private static String name(Random random, List<String> words) {
		var name = new StringBuilder();
		for (int i = 1 + random.nextInt(12); i > 0; i--) {
			int kind = random.nextInt(12);
			name.append(kind < 7 ? String.valueOf((char) (0x4e00 + random.nextInt(0x5200)))
					: kind < 8 ? String.valueOf((char) ('A' + random.nextInt(26)))
					: kind < 9 ? String.valueOf((char) ('0' + random.nextInt(10)))
					: kind < 10 ? "·" : words.get(random.nextInt(words.size())));
		}
		return name.toString();
	}

}
