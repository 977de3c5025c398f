package org.cync.roles;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a console action (or a whole view bean) that changes something: a Viewer who posts it
 * anyway, with a forged or stale form, is refused by {@link AdministratorOnlyInterceptor}. Hiding
 * the button is for convenience; this is the check.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdministratorOnly {}
