package io.chaingraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;

/**
 * 拼音 order worked out apart from {@code NameOrder}, for tests to check firm lists and keys against: ICU's Chinese
 * collation tailored by rules, a contraction for each word of {@code readings.tsv} equal to its spelling
 * ({@code &常=长}, {@code &夏门=厦门}), where {@code NameOrder} respells the name before keying it. Built once (ICU
 * compiles the whole Chinese tailoring again: about 2 s).
 */
public final class ChineseOrder {

	private static final String READINGS = "io/chaingraph/model/order/readings.tsv";

	private static Collator collator;

	private ChineseOrder() {
	}

	/** Compares names as a Chinese reader orders them: 拼音, Latin and digits first, case and width ignored. */
	public static synchronized Comparator<Object> names() {
		if (collator == null) {
			collator = build();
		}
		return collator;
	}

	private static Collator build() {
		var rules = new StringBuilder("[import zh-u-co-pinyin]");
		try (var in = ChineseOrder.class.getClassLoader().getResourceAsStream(READINGS)) {
			if (in == null) {
				throw new IllegalStateException(READINGS + " is not on the class path (it is in graph-model)");
			}
			for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					var fields = line.split("\t");
					rules.append('&').append(fields[1]).append('=').append(fields[0]);
				}
			}
			var tailored = new RuleBasedCollator(rules.toString());
			tailored.setStrength(Collator.PRIMARY);
			tailored.setReorderCodes(UScript.LATIN, UScript.HAN);
			return tailored.freeze();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("ICU refused the rules " + rules, ex);
		}
	}

}
