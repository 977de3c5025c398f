package org.cync.time;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;

/**
 * The signed-in administrator's time zone, told once per session by the browser (the layout's
 * remote command sends {@code Intl.DateTimeFormat().resolvedOptions().timeZone}); UTC until then or
 * when the browser names none. Pages format every moment through {@code #{adminZone.at(x)}}.
 */
@Named
@SessionScoped
public class AdminZone implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The request parameter the layout's remote command sends the browser's zone in. */
  static final String PARAMETER = "zone";

  private String zone = "UTC";
  private boolean told;

  /** Takes the zone the browser sent; the page reloads once when that changes what it shows. */
  public void tell() {
    String sent =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PARAMETER);
    boolean changed = set(sent);
    org.primefaces.PrimeFaces.current().ajax().addCallbackParam("changed", changed);
  }

  /**
   * Sets the zone (UTC for an unknown one); true when its times differ from the zone's shown so far
   * ("Etc/UTC" after "UTC" does not: no reload for it).
   */
  boolean set(String browserZone) {
    ZoneId before = getZoneId();
    zone = ConsoleTime.zone(browserZone).getId();
    told = true;
    return !before.getRules().equals(getZoneId().getRules());
  }

  /** True once the browser told its zone in this session: the layout asks only until then. */
  public boolean isTold() {
    return told;
  }

  /** The zone's name for the footer: "Europe/Vienna" or "UTC". */
  public String getZone() {
    return zone;
  }

  public ZoneId getZoneId() {
    return ConsoleTime.zone(zone);
  }

  /** A moment as the console shows it, "2026-12-06 18:04" in this zone; "" for none. */
  public String at(Object moment) {
    return ConsoleTime.format(moment, getZoneId());
  }
}
