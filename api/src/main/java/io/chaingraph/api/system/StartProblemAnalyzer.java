package io.chaingraph.api.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a {@link StartProblem} as its words and action, without the stack (registered in spring.factories). */
public class StartProblemAnalyzer extends AbstractFailureAnalyzer<StartProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartProblem cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
