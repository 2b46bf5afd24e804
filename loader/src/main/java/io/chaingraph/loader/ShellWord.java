package io.chaingraph.loader;

/**
 * A path or argument written into a command the user copies into a shell: quoted when a shell would split it or read
 * something into it (a folder named {@code 江西 招商数据} had been printed bare, and the command pasted loaded nothing).
 */
public final class ShellWord {

	/** Characters besides letters and digits (Chinese included) that no POSIX shell reads anything into. */
	private static final String PLAIN = "_./:=@%+,-";

	private ShellWord() {
	}

	/** The word as is when a shell reads it so, else in single quotes (a single quote inside as {@code '\''}). */
	public static String of(String word) {
		if (!word.isEmpty() && word.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || PLAIN.indexOf(c) >= 0)) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

}
