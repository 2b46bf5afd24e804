package io.chaingraph.standalone.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Neo4j Browser's static files, from the {@code browser/} folder of its jar, and ChainGraph's Browser guide
 * ({@code :guide http://localhost:8080/browser/guides/chaingraph.html}), from the same origin so that Browser fetches it
 * without CORS.
 */
@Configuration(proxyBeanMethods = false)
public class BrowserResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/guides/**").addResourceLocations("classpath:/browser-guides/");
		registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
	}

}
