package io.chaingraph.api.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Controller methods run on the thread that serves the request (在请求线程上直接执行).
 * <p>
 * With virtual threads on, Spring Boot hands Spring for GraphQL the application executor, and every controller method
 * with a plain (blocking) return type then runs as a task of its own. The request thread is already a virtual thread,
 * so that hop buys nothing; and because the answer is no longer ready when the handler returns, Spring MVC finishes
 * the request by an async dispatch: the whole filter chain and dispatcher run a second time (measurably more
 * CPU per request in {@code bench api --only lookup}).
 */
@Configuration(proxyBeanMethods = false)
class InlineDataFetching {

	@Bean
	static BeanPostProcessor controllerMethodsInline() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate(method -> false);
				}
				return bean;
			}
		};
	}

}
