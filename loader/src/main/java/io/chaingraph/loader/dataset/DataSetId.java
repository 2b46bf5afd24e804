package io.chaingraph.loader.dataset;

import java.security.SecureRandom;

import io.chaingraph.model.order.Pinyin;

/**
 * The id {@code template} gives a new data set, from its folder's name: the id is what {@code --prune} goes by, so two
 * offices' data sets must not share one (with one fixed id, loading the second with --prune deleted the first's
 * firms). A name that is an id already stays as it is; a Chinese one is written in 拼音 (南昌招商数据 →
 * nan-chang-zhao-shang-shu-ju), readable where it shows (the API's dataSets); a name with nothing to read gets a random
 * one.
 */
final class DataSetId {

	/** Ids are at most 100 characters (FieldRule.SLUG); a folder's name seldom needs half. */
	private static final int MAX = 60;

	private static final SecureRandom RANDOM = new SecureRandom();

	private DataSetId() {
	}

	static String fromFolderName(String name) {
		if (Column.SLUG.matcher(name).matches()) {
			return name;
		}
		var id = Pinyin.of(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (id.length() > MAX) {
			id = id.substring(0, id.lastIndexOf('-', MAX) > 0 ? id.lastIndexOf('-', MAX) : MAX);
		}
		return id.isEmpty() ? "dataset-" + random(6) : id;
	}

	private static String random(int length) {
		var letters = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o or 1/l to misread
		var out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(letters.charAt(RANDOM.nextInt(letters.length())));
		}
		return out.toString();
	}

}
