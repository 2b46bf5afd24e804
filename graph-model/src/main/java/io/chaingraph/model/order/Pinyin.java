package io.chaingraph.model.order;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Chinese as 拼音 without tones, for names that must be ASCII (a data set's id from its folder's name, 南昌招商数据 →
 * nan chang zhao shang shu ju). ICU's Han-Latin gives a character its most common reading; the words of
 * {@code readings.tsv} are read as names read them (长沙 chang sha, 厦门 xia men), as {@link NameOrder} sorts them.
 */
public final class Pinyin {

	private Pinyin() {
	}

	/**
	 * The text with each Han character as its syllable, set off by spaces, tones and other marks dropped, lower case;
	 * full-width letters and digits as ASCII; other scripts as ICU writes them in Latin letters.
	 */
	public static String of(String text) {
		// Transliterators are not for sharing between threads; this is not called often (a template, once).
		return of(text, Transliterator.getInstance("Any-Latin; Latin-ASCII"));
	}

	/**
	 * {@link #of(String)} for each text, with one transliterator: getting one for each name took most of the time of
	 * search's typing slips (扶州市, a slip of every ?州市: 188 ms a request where 抚州市 took 37; with one, 88 against
	 * 60, on a machine loaded more).
	 */
	public static List<String> of(List<String> texts) {
		var toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
		return texts.stream().map(t -> of(t, toLatin)).toList();
	}

	private static String of(String text, Transliterator toLatin) {
		var normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
		var out = new StringBuilder();
		for (int i = 0; i < normal.length();) {
			var reading = NameOrder.readingAt(normal, i);
			if (reading != null) {
				reading.syllables().forEach(s -> out.append(' ').append(s).append(' '));
				i += reading.word().length();
				continue;
			}
			int c = normal.codePointAt(i);
			var character = new String(Character.toChars(c));
			out.append(UScript.getScript(c) == UScript.HAN ? " " + character + " " : character);
			i += Character.charCount(c);
		}
		return toLatin.transliterate(out.toString()).toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ").strip();
	}

}
