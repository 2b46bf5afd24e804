package io.chaingraph.loader.dataset;

import java.util.List;
import java.util.stream.Collectors;

import io.chaingraph.loader.source.LoadProblem;

/**
 * A column whose value belongs to one record only: a 统一社会信用代码 or a stock code names one firm. Checked within
 * the data set ({@link Table}) and against the graph ({@link HeldValues}), before anything is written: Neo4j refuses
 * a second firm with a credit code (constraint {@code enterprise_credit_code}) only when the load writes, and a stock
 * code on two firms would count one listed company twice in every chain analysis.
 *
 * @param column the column
 * @param english what a value is, in English ({@code credit code})
 * @param chinese what a value is, in Chinese ({@code 统一社会信用代码})
 */
public record UniqueColumn(String column, String english, String chinese) {

	/** The column as a key, for hashing. */
	List<String> asKey() {
		return List.of(this.column);
	}

	/** What a value should be: the same words in the file check and the graph check. */
	String expected() {
		return "a " + this.english + " no other firm has (" + this.chinese + "只能属于一家企业)";
	}

	/** The row uses the value an earlier row of the same file uses. */
	LoadProblem takenInFile(Table table, Row row, Row holder) {
		return new LoadProblem(row.file(), row.line(), this.column, expected(),
				"'" + row.value(this.column) + "', already the " + this.english + " of " + who(table, holder) + " on line "
						+ holder.line() + " (" + this.chinese + "重复：同一家企业请只列一行，不同企业请更正" + this.chinese + ")");
	}

	/** The row uses the value a firm of another id already has in the graph. */
	LoadProblem takenInGraph(Row row, HeldValues.Holder holder) {
		var from = holder.datasets().isEmpty() ? "source " + holder.source()
				: "data set " + String.join(", ", holder.datasets());
		return new LoadProblem(row.file(), row.line(), this.column, expected(),
				"'" + row.value(this.column) + "', already the " + this.english + " of " + holder.id() + " "
						+ holder.name() + " in the graph (" + from + "): if it is the same firm, give this row the id "
						+ holder.id() + " (" + this.chinese + "已属于图中另一家企业：同一家企业请使用编号 " + holder.id() + "，否则请更正"
						+ this.chinese + ")");
	}

	/** {@code 91360000MA3501000A 宜春示例锂业有限公司}: the record's key and, when it has one, its name. */
	private static String who(Table table, Row row) {
		var key = table.key().stream().map(row::value).map(String::valueOf).collect(Collectors.joining("+"));
		return row.text("name") == null ? key : key + " " + row.text("name");
	}

}
