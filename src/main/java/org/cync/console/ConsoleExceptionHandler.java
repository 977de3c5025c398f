package org.cync.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what a console page throws into an answer a person can use, never a stack trace: a refused
 * change is a message on the same page, an expired page is loaded again with a message, and
 * anything else is logged under a reference that the error page shows (Mojarra's own handler would
 * put the exception's class and text into an Ajax answer).
 */
class ConsoleExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(ConsoleExceptionHandler.class.getName());
  static final String EXPIRED = "Your page had expired; please try again.";

  ConsoleExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (faces != null && events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      events.remove();
      if (faces.getResponseComplete()) {
        LOG.log(Level.FINE, "A further exception after the answer was chosen", thrown);
        continue;
      }
      String viewState =
          faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.ViewState");
      ConsoleFailure failure = ConsoleFailure.of(thrown, viewState);
      switch (failure.kind()) {
        case NOT_ALLOWED -> refuse(faces, failure.cause());
        case EXPIRED -> reload(faces, (ViewExpiredException) failure.cause());
        case UNEXPECTED -> fail(faces, thrown);
      }
    }
    getWrapped().handle();
  }

  /** The page renders again (or the Ajax update goes on) with the refusal in its messages. */
  private static void refuse(FacesContext faces, Throwable notAllowed) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, notAllowed.getMessage(), ""));
    faces.validationFailed();
    faces.renderResponse();
  }

  /** A fresh copy of the same page, the message carried across the redirect by the flash. */
  private static void reload(FacesContext faces, ViewExpiredException expired) {
    ExternalContext external = faces.getExternalContext();
    String viewId = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, EXPIRED, ""));
    external.getFlash().setKeepMessages(true);
    redirect(
        faces,
        faces.getApplication().getViewHandler().getRedirectURL(faces, viewId, Map.of(), false));
  }

  /**
   * Logged with a reference; a full page answers 500 through web.xml's error page, an Ajax request
   * is redirected to it (an Ajax answer's error would show nothing to the person).
   */
  private static void fail(FacesContext faces, Throwable thrown) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String reference = ErrorReference.log(request.getMethod(), request.getRequestURI(), thrown);
    request.setAttribute(ErrorReference.ATTRIBUTE, reference);
    if (faces.getPartialViewContext().isAjaxRequest()) {
      redirect(faces, external.getRequestContextPath() + ErrorPage.PATH + "?ref=" + reference);
      return;
    }
    try {
      if (!external.isResponseCommitted()) {
        external.responseReset();
        external.responseSendError(500, null);
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not send the error page", e);
    }
    faces.responseComplete();
  }

  private static void redirect(FacesContext faces, String url) {
    try {
      faces.getExternalContext().redirect(url);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not redirect to " + url, e);
    }
    faces.responseComplete();
  }
}
