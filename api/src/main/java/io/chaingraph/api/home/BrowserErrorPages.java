package io.chaingraph.api.home;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.chaingraph.api.graphql.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The page a browser gets for an error outside the controllers (an address that does not exist, a wrong method),
 * instead of Spring's "Whitelabel Error Page": the service's own words ({@code HttpErrorBodies}) and a link to the
 * home page. Clients that do not ask for HTML still get the JSON body.
 */
@Component
class BrowserErrorPages implements ErrorViewResolver {

	private final HomePage home;

	BrowserErrorPages(HomePage home) {
		this.home = home;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ErrorCode code;
		try {
			code = ErrorCode.valueOf(String.valueOf(model.get("code")));
		}
		catch (IllegalArgumentException ex) {
			code = ErrorCode.INTERNAL;
		}
		var message = model.get("message") instanceof String text && !text.isBlank() ? text : status.getReasonPhrase();
		var page = this.home.refusedPage(request, status, code, message);
		View view = (m, req, response) -> {
			response.setStatus(status.value());
			response.setContentType(HomePage.HTML.toString());
			response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
		};
		var answer = new ModelAndView(view);
		answer.setStatus(status);
		return answer;
	}

}
