package io.chaingraph.loader.source;

import java.util.List;
import java.util.stream.Collectors;

/** The input is not loadable; carries every problem found, not just the first. Nothing was written. */
public class LoadException extends RuntimeException {

	private final List<LoadProblem> problems;

	public LoadException(List<LoadProblem> problems) {
		super(problems.size() + " problem(s) in the input, nothing was written (输入有误，未写入任何数据):\n"
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** Input refused as a whole (a --prune that would remove too much), said in its own words. */
	public LoadException(String message) {
		super(message);
		this.problems = List.of();
	}

	public List<LoadProblem> problems() {
		return this.problems;
	}

}
