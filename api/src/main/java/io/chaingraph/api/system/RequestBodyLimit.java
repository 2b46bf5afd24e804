package io.chaingraph.api.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;

import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.QueryLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code chaingraph.graphql.limits.max-body-size} with 413 LIMIT_EXCEEDED before it is
 * read. Nothing else bounds a JSON body: the request text has its own limit, but its variables were read whole
 * (Jackson allows one string of 100 MB), and eight requests of 500 MB at once ran the service out of memory, Tomcat's
 * and the embedded Neo4j's threads included. A body of declared length is refused by its header; a chunked one is
 * read up to the limit and handed on from memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimit extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long limit;

	public RequestBodyLimit(QueryLimits limits) {
		this.limit = limits.maxBodySize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.limit) {
			refuse(request, response, length);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body;
			try (var in = request.getInputStream()) {
				body = in.readNBytes((int) Math.min(this.limit + 1, Integer.MAX_VALUE - 8));
			}
			if (body.length > this.limit) {
				refuse(request, response, -1);
				return;
			}
			chain.doFilter(new Buffered(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Refused with the fields of every other HTTP error of the service (Spring Boot's, code, message) and the limit. */
	private void refuse(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
		var megabytes = this.limit % (1024 * 1024) == 0 ? this.limit / (1024 * 1024) + " MB" : this.limit + " bytes";
		var body = new LinkedHashMap<String, Object>();
		body.put("timestamp", OffsetDateTime.now().toString());
		body.put("status", 413);
		body.put("error", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
		body.put("path", request.getRequestURI());
		body.put("code", ErrorCode.LIMIT_EXCEEDED.name());
		body.put("message", (length < 0 ? "The request body is over " + this.limit + " bytes"
				: "The request body is " + length + " bytes") + "; the limit is " + megabytes + " (请求体过大，上限 "
				+ megabytes + ")");
		body.put("limit", "maxBodySize");
		body.put("value", this.limit);
		if (length >= 0) {
			body.put("actual", length);
		}
		response.setStatus(413);
		// The body is not read: the connection cannot carry another request
		response.setHeader("Connection", "close");
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(body));
	}

	/** The request with its chunked body already read. */
	private static final class Buffered extends HttpServletRequestWrapper {

		private final byte[] body;

		Buffered(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return in.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("read from memory");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			var charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
