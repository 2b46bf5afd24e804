package io.chaingraph.api.system;

/**
 * A setting or a neighbour that keeps the service from starting, in words (English and Chinese) with what to do
 * about it. Spring Boot prints it as "APPLICATION FAILED TO START" with its description and action
 * ({@link StartProblemAnalyzer}), where it was the last of sixty lines of nested bean-creation stack, after the
 * words "Application run failed".
 */
public class StartProblem extends IllegalStateException {

	private final String action;

	public StartProblem(String description, String action) {
		this(description, action, null);
	}

	public StartProblem(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/** What the person starting the service can do about it. */
	public String action() {
		return this.action;
	}

}
