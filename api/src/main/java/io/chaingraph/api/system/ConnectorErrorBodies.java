package io.chaingraph.api.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import io.chaingraph.api.graphql.ErrorCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The body of an error Tomcat answers before Spring sees the request, as JSON with a code and words in English and
 * Chinese like every other error of the service, not Tomcat's English HTML page. The one a user meets: an address
 * with Chinese typed in it unencoded ({@code curl 'localhost:8080/export/chain-gaps.xlsx?chain=有色金属&region=赣州'}),
 * which Tomcat refuses as it must (RFC 9112); the answer says how to send it. Another: an address over the header
 * limit (a long list of regions or tags pasted in), LIMIT_EXCEEDED with the limit as configured
 * ({@code server.max-http-request-header-size}, 8 KB by default). Errors Spring answers keep {@link HttpErrorBodies}.
 * <p>
 * Spring Boot puts its own {@link ErrorReportValve} on the host, but what the connector refuses was answered by the
 * one Tomcat adds itself, with the exception's stack and Tomcat's version in it. This customizer runs after Boot's
 * and makes {@link Valve} the host's only error report valve.
 */
@Component
public class ConnectorErrorBodies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	static final String UNENCODED = "The address holds characters that must be percent-encoded (Chinese, spaces): "
			+ "in curl, -G --data-urlencode region=赣州; a browser encodes them itself (地址中的中文、空格等须经 URL 编码，"
			+ "如 curl -G --data-urlencode region=赣州；浏览器会自动编码)";

	/** Tomcat's default for {@code server.max-http-request-header-size}, when the connector does not say. */
	static final int DEFAULT_HEADER_LIMIT = 8 * 1024;

	/** The words for an address and headers over {@code limit} bytes, the limit as configured. */
	static String tooLong(int limit) {
		var size = limit % 1024 == 0 ? limit / 1024 + " KB" : String.format(java.util.Locale.ROOT, "%,d bytes", limit);
		var sizeZh = limit % 1024 == 0 ? limit / 1024 + " KB" : limit + " 字节";
		return "The address and headers are longer than the service accepts (" + size + "): ask with fewer or "
				+ "shorter values (请求地址或请求头过长，上限 " + sizeZh + "；请减少或缩短参数)";
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			var host = (StandardHost) context.getParent();
			var pipeline = host.getPipeline();
			for (var valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof Valve)) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new Valve());
			// The host's own valve class: else it adds Tomcat's default one (with the stack and Tomcat's version) at
			// start, and that one answers what the connector refuses.
			host.setErrorReportValveClass(Valve.class.getName());
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's customizer, which adds its valve
	}

	/** Writes the JSON body where Tomcat's valve wrote HTML; the same checks of when a body may be written. */
	public static final class Valve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			var allowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
			if (!allowed.get()) {
				return;
			}
			var what = throwable == null || throwable.getMessage() == null ? "" : throwable.getMessage();
			var code = HttpErrorBodies.code(status);
			String message;
			if (what.contains("request target")) {
				message = UNENCODED;
			}
			else if (what.contains("header is too large")) {
				code = ErrorCode.LIMIT_EXCEEDED; // Tomcat answers 400 for it
				message = tooLong(request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
						? http.getMaxHttpRequestHeaderSize() : DEFAULT_HEADER_LIMIT);
			}
			else {
				message = HttpErrorBodies.message(status, "");
			}
			var body = "{\"status\":" + status + ",\"code\":\"" + code.name() + "\",\"message\":\""
					+ message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
			try {
				response.setContentType("application/json");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				var writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone or the response already committed: nothing more to say.
			}
		}

	}

}
