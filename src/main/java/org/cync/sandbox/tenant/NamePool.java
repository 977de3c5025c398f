package org.cync.sandbox.tenant;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Realistic, partly non-ASCII names, places and jobs for the generator. */
final class NamePool {
  static final List<String> GIVEN =
      List.of(
          "Anna",
          "Zoë",
          "Jürgen",
          "Łukasz",
          "Søren",
          "François",
          "Åsa",
          "Björn",
          "Ólafur",
          "Chloé",
          "José",
          "Ana María",
          "Mateus",
          "Émilie",
          "Jiří",
          "Małgorzata",
          "Ängla",
          "Noah",
          "Olivia",
          "Liam",
          "Emma",
          "Mia",
          "Lucas",
          "Sofía",
          "Kenji",
          "Yuki",
          "Aiyana",
          "Dmitrij",
          "Ines",
          "Tomáš",
          "Gülşen",
          "Çağla",
          "Zoltán",
          "Örjan",
          "Raphaël",
          "Nuño",
          "Priya",
          "Arjun",
          "Fatima",
          "Omar",
          "Siobhán",
          "Niamh",
          "Pål",
          "Eilís",
          "Hélène");
  static final List<String> SURNAMES =
      List.of(
          "Müller",
          "Schröder",
          "Nowak",
          "Dvořák",
          "Nørgaard",
          "Lefèvre",
          "Åberg",
          "Sørensen",
          "García Núñez",
          "O'Brien",
          "Ólafsdóttir",
          "Kowalczyk",
          "Smith",
          "Johnson",
          "Weiß",
          "Brown",
          "Tanaka",
          "Yamamoto",
          "Rossi",
          "Bianchi",
          "Fernández",
          "Gonçalves",
          "Öztürk",
          "Kovács",
          "Novák",
          "Virtanen",
          "Jäger",
          "Van der Berg",
          "De Vries",
          "Håkansson",
          "Ní Bhriain",
          "Papadopoulos",
          "Ivanović",
          "Żółkiewski",
          "Łęcki",
          "Patel",
          "Khan");
  static final List<String> DEPARTMENTS =
      List.of(
          "Sales",
          "Marketing",
          "Finance",
          "Human Resources",
          "Engineering",
          "Support",
          "Legal",
          "Operations",
          "Research & Development",
          "Logistik");
  static final List<String> TITLES =
      List.of(
          "Account Manager",
          "Sales Representative",
          "Controller",
          "HR Business Partner",
          "Software Engineer",
          "Senior Software Engineer",
          "Support Specialist",
          "Counsel",
          "Operations Analyst",
          "Researcher",
          "Team Lead",
          "Director",
          "Chargé de mission",
          "Sachbearbeiterin");
  static final List<String[]> PLACES =
      List.of(
          new String[] {"Hauptstraße 12", "München", "Bayern", "80331", "Germany", "DE"},
          new String[] {"12 Rue de Rivoli", "Paris", "Île-de-France", "75001", "France", "FR"},
          new String[] {"Ul. Marszałkowska 5", "Warszawa", "Mazowieckie", "00-626", "Poland", "PL"},
          new String[] {"1 Microsoft Way", "Redmond", "WA", "98052", "United States", "US"},
          new String[] {"Drottninggatan 3", "Stockholm", "Stockholm", "111 51", "Sweden", "SE"},
          new String[] {"Calle Mayor 7", "Madrid", "Madrid", "28013", "Spain", "ES"},
          new String[] {"2-1 Marunouchi", "東京", "東京都", "100-0005", "Japan", "JP"});
  static final List<String> OFFICES = List.of("B1/101", "B2/2.14", "HQ 3", "Remote", "Annex 12");

  private NamePool() {}

  /** ASCII mail nickname: accents dropped, spaces and apostrophes removed. */
  static String ascii(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    n =
        n.replace("ł", "l")
            .replace("Ł", "L")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("ð", "d")
            .replace("þ", "th")
            .replace("ı", "i");
    return n.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
