package io.chaingraph.loader.dataset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers and dates as spreadsheets save them, read as what they are; what is none, refused. */
class ColumnTest {

	private static String check(Column column, String value) {
		for (var rule : column.rules()) {
			var wrong = rule.apply(value);
			if (wrong != null) {
				return wrong;
			}
		}
		return null;
	}

	@Test
	void decimalsMayHaveThousandsSeparatedButMustBeFinite() {
		var value = Column.text("value").decimal();
		assertThat(value.convert().apply("1,200")).isEqualTo(1200.0);
		assertThat(value.convert().apply("12,000.5")).isEqualTo(12000.5);
		assertThat(value.convert().apply("800")).isEqualTo(800.0);
		assertThat(check(value, "1,20")).isEqualTo("a number such as 0.35 or 800 (数值)");
		assertThat(check(value, "NaN")).isEqualTo("a number such as 0.35 or 800 (数值)");
		assertThat(check(value, "Infinity")).isEqualTo("a number such as 0.35 or 800 (数值)");
	}

	@Test
	void sharesMayBePercentages() {
		var weight = Column.text("weight").share();
		assertThat(weight.convert().apply("35%")).isEqualTo(0.35);
		assertThat(weight.convert().apply("35 ％")).isEqualTo(0.35);
		assertThat(weight.convert().apply("0.35")).isEqualTo(0.35);
		assertThat(check(weight, "三成")).isEqualTo("a share such as 0.35, or a percentage such as 35% (占比)");
		assertThat(check(weight, "NaN%")).isEqualTo("a share such as 0.35, or a percentage such as 35% (占比)");
	}

	@Test
	void yearsMayEndIn年AndADateGetsItsYearAsAHint() {
		var founded = Column.text("founded").year(1800, 2100);
		assertThat(founded.convert().apply("1979年")).isEqualTo(1979L);
		assertThat(check(founded, "1979年")).isNull();
		assertThat(check(founded, "1700")).isEqualTo("a whole number from 1800 to 2100 (年份)");
		assertThat(check(founded, "2003年5月12日")).isEqualTo("a whole number from 1800 to 2100 (年份), the year alone: 2003 (只填年份)");
		assertThat(check(founded, "2003-05-12")).isEqualTo("a whole number from 1800 to 2100 (年份), the year alone: 2003 (只填年份)");
		assertThat(check(founded, "约1979")).isEqualTo("a whole number from 1800 to 2100 (年份)");
	}

	@Test
	void datesAsOfficesTypeThemAreStoredAsIsoDates() {
		var date = Column.text("date").date();
		for (var typed : new String[] { "2019-02-26", "2019/2/26", "2019.2.26", "2019年2月26日", "2019 年 2 月 26 日",
				"2019-2-26" }) {
			assertThat(check(date, typed)).as(typed).isNull();
			assertThat(date.convert().apply(typed)).as(typed).isEqualTo("2019-02-26");
		}
		assertThat(date.convert().apply("2019年2月")).isEqualTo("2019-02");
		assertThat(date.convert().apply("2019/2")).isEqualTo("2019-02");
		assertThat(date.convert().apply("2019")).isEqualTo("2019");
		assertThat(date.convert().apply("2019年")).isEqualTo("2019");
		var expected = "a date such as 2019-02-26, 2019/2/26 or 2019年2月26日, or a month (2019-02) or a year (日期，如 2019-02-26)";
		assertThat(check(date, "2019-02-30")).isEqualTo(expected + ": there is no such day (日期不存在)");
		assertThat(check(date, "2019/13/1")).isEqualTo(expected + ": there is no such day (日期不存在)");
		assertThat(check(date, "二〇一九年二月")).isEqualTo(expected);
		assertThat(check(date, "26/2/2019")).as("day first: which is the month is a guess").isEqualTo(expected);
		assertThat(check(date, "2019年2月26号前")).isEqualTo(expected);
	}

}
