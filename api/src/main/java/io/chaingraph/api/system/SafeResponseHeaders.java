package io.chaingraph.api.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two headers on every answer, which a security review of an intranet service looks for first and which cost
 * nothing: {@code X-Content-Type-Options: nosniff}, so that a JSON error echoing a parameter ({@code
 * chain=<script>…}) or a CSV is never read by a browser as a page; and {@code X-Frame-Options: SAMEORIGIN}, so that
 * another site cannot show the home page's forms or GraphiQL in a frame under a decoy (clickjacking). Set before
 * anything answers, so errors, the actuator and static files carry them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SafeResponseHeaders extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "SAMEORIGIN");
		chain.doFilter(request, response);
	}

}
