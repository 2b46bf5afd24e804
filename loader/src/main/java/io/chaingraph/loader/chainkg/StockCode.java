package io.chaingraph.loader.chainkg;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An A-share stock code with its exchange, e.g. {@code 000408.SZ}.
 * <p>
 * ChainKnowledgeGraph writes the same firm as {@code 000408.SZ} in one file and {@code 000408} in another; both
 * normalise to one {@link #id()}, the key ChainGraph gives a listed firm ({@code 000408-sz}), so they meet on one node,
 * and on the node a firm from the project's own {@code enterprises.csv} has.
 *
 * @param digits the six digits
 * @param exchange {@code SH}, {@code SZ} or {@code BJ}
 */
public record StockCode(String digits, String exchange) {

	private static final Pattern SUFFIXED = Pattern.compile("(\\d{6})\\.?(SH|SZ|BJ)");

	private static final Pattern PREFIXED = Pattern.compile("(SH|SZ|BJ)\\.?(\\d{6})");

	private static final Pattern BARE = Pattern.compile("\\d{6}");

	/**
	 * Reads a code as the data set writes it: {@code 000408.SZ}, {@code 000408}, {@code SZ000408}, any case, with
	 * blanks around. A code without exchange gets it from its first digit (6, 9: SH; 0, 2, 3: SZ; 4, 8: BJ).
	 * @return the code, or null when it is not an A-share code in one of these forms
	 */
	public static StockCode parse(String raw) {
		if (raw == null) {
			return null;
		}
		var text = raw.strip().toUpperCase(Locale.ROOT);
		var suffixed = SUFFIXED.matcher(text);
		if (suffixed.matches()) {
			return new StockCode(suffixed.group(1), suffixed.group(2));
		}
		var prefixed = PREFIXED.matcher(text);
		if (prefixed.matches()) {
			return new StockCode(prefixed.group(2), prefixed.group(1));
		}
		if (BARE.matcher(text).matches()) {
			var exchange = switch (text.charAt(0)) {
				case '6', '9' -> "SH";
				case '0', '2', '3' -> "SZ";
				case '4', '8' -> "BJ";
				default -> null;
			};
			return (exchange != null) ? new StockCode(text, exchange) : null;
		}
		return null;
	}

	/** The key of the firm in ChainGraph: {@code 000408-sz}. */
	public String id() {
		return this.digits + "-" + this.exchange.toLowerCase(Locale.ROOT);
	}

	/** The code as exchanges and data vendors write it: {@code 000408.SZ}. */
	public String code() {
		return this.digits + "." + this.exchange;
	}

	/** Whether the exchange named in words (the data set's {@code location}) is this code's exchange; null if unknown. */
	public Boolean listedOn(String exchangeName) {
		if (exchangeName == null) {
			return null;
		}
		var expected = switch (exchangeName.strip()) {
			case "上海证券交易所", "上交所" -> "SH";
			case "深圳证券交易所", "深交所" -> "SZ";
			case "北京证券交易所", "北交所" -> "BJ";
			default -> null;
		};
		return (expected != null) ? expected.equals(this.exchange) : null;
	}

}
