package org.openprm.programs.web.agreements;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.programs.AgreementManagement;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps a partner's users on {@code /agreements} while the partner has a pending agreement that gates
 * portal access. Sign-out, static assets, the agreement pages and errors stay reachable. The API is
 * deliberately left open: integrations (CRM sync, imports) must not stop because a person has not signed
 * yet, and {@code GET /api/v1/partners/{id}/agreements} tells them what is pending.
 */
@Configuration(proxyBeanMethods = false)
class AgreementGate implements WebMvcConfigurer {

	private static final List<String> OPEN = List.of("/agreements", "/agreements/**", "/logout", "/login", "/login/**",
			"/api/**", "/webjars/**", "/assets/**", "/favicon.ico", "/error", "/actuator/**", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/invitations/**", "/password-reset", "/password-reset/**");

	private final CurrentActor actors;

	private final AgreementManagement agreements;

	AgreementGate(CurrentActor actors, AgreementManagement agreements) {
		this.actors = actors;
		this.agreements = agreements;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).addPathPatterns("/**").excludePathPatterns(OPEN);
	}

	private final class Interceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			Actor actor = actors.find().orElse(null);
			if (actor == null || actor.isVendor() || actor.partnerId() == null
					|| !agreements.hasPendingGatingAgreement(actor.partnerId())) {
				return true;
			}
			String target = request.getContextPath() + "/agreements";
			if (request.getHeader("HX-Request") != null) {
				// htmx would swap the redirected page into a fragment; make it navigate instead.
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
			else {
				response.sendRedirect(target);
			}
			return false;
		}
	}
}
