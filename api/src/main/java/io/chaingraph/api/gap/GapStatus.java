package io.chaingraph.api.gap;

/** How well a region covers a segment, from its firm count and the {@code weakBelow} threshold. */
public enum GapStatus {

	/** 断点: no firm of the region. */
	MISSING("断点"),
	/** 短板: at least one firm, fewer than {@code weakBelow}. */
	WEAK("短板"),
	/** {@code weakBelow} firms or more. */
	COVERED("已覆盖");

	private final String label;

	GapStatus(String label) {
		this.label = label;
	}

	/** The Chinese word 招商 teams use. */
	public String label() {
		return this.label;
	}

	public static GapStatus of(int firms, int weakBelow) {
		return firms == 0 ? MISSING : firms < weakBelow ? WEAK : COVERED;
	}

	/**
	 * A status as a download's address writes it: the name in any case ({@code missing}) or the Chinese word
	 * ({@code 断点}); null when it is neither.
	 */
	public static GapStatus fromText(String text) {
		var t = text.strip();
		for (var status : values()) {
			if (status.name().equalsIgnoreCase(t) || status.label.equals(t)) {
				return status;
			}
		}
		return null;
	}

	/** A gap: MISSING or WEAK. */
	public boolean isGap() {
		return this != COVERED;
	}

}
