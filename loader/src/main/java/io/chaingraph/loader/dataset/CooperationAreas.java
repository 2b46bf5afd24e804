package io.chaingraph.loader.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.model.rules.RegionCodes;

/**
 * The cooperation areas (区域合作区) a firm may not be located in: no firm is (its members are), and a firm placed in
 * one would count for none of them. The data set's own, from its regions table, and those the graph has that the data
 * set's firms name ({@link #add}). The curation API refuses them with the same words.
 */
public final class CooperationAreas {

	/**
	 * A cooperation area as the graph has it.
	 * @param members its members, each as it should read ("上海市 (31)")
	 * @param memberNames their names alone
	 */
	public record Area(String code, String name, List<String> members, List<String> memberNames) {
	}

	private final Map<String, Area> areas = new HashMap<>();

	/** The areas of a data set's regions table, their members named from the built-in regions and the table. */
	static CooperationAreas of(List<Row> regions, List<Region> builtIn) {
		var names = new HashMap<String, String>();
		builtIn.forEach(r -> names.put(r.code(), r.name()));
		regions.forEach(r -> names.put(r.text("code"), r.text("name")));
		var found = new CooperationAreas();
		for (var row : regions) {
			if (RegionCodes.COOPERATION_AREA.equals(row.text("level"))) {
				var members = row.list("members");
				found.areas.put(row.text("code"), new Area(row.text("code"), row.text("name"),
						members.stream().map(m -> names.containsKey(m) ? names.get(m) + " (" + m + ")" : m).toList(),
						members.stream().map(m -> names.getOrDefault(m, m)).toList()));
			}
		}
		return found;
	}

	void add(List<Area> inGraph) {
		inGraph.forEach(a -> this.areas.putIfAbsent(a.code(), a));
	}

	/** Reports a firm (a row of the enterprises table) located in a cooperation area, at its line and field. */
	void check(Row enterprise, Consumer<LoadProblem> problems) {
		var area = this.areas.get(enterprise.text("regionCode"));
		if (area != null) {
			problems.accept(new LoadProblem(enterprise.file(), enterprise.line(), "regionCode", RegionCodes.FIRM_REGION,
					RegionCodes.cooperationArea(area.name(), area.code(), area.members(), area.memberNames(),
							RegionCodes.FIRM_ACTION, RegionCodes.FIRM_ACTION_CHINESE)));
		}
	}

}
