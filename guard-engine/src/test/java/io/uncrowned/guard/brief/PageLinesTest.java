package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Page furniture and non-prose openings, on synthetic lines about invented people and bodies. */
class PageLinesTest {

  private static String prose(String sentence) {
    return sentence.substring(PageLines.proseStart(sentence));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Updated Jul 7 , 2025 6:40 PM ET The synthetic Harbour Union called a strike .|The synthetic Harbour Union called a strike .",
        "12/28/2025 AT 04:50 PM EST Like many ferry crews , Tomas Reyl works nights .|Like many ferry crews , Tomas Reyl works nights .",
        "Tuesday, August 25, 2025, 12:41 AM A synthetic ferry ran aground near Porto.|A synthetic ferry ran aground near Porto.",
        "9 , 2025 LISBON — The synthetic Tidewater Board met .|The synthetic Tidewater Board met .",
        "WASHINGTON — The synthetic Tidewater Board voted to close the canal.|The synthetic Tidewater Board voted to close the canal.",
        "CEDAR RAPIDS , Iowa -- Ana Brisk opened her campaign on Monday .|Ana Brisk opened her campaign on Monday .",
        "LISBON, Jan. 27— The synthetic Delta Co. reopened its plant.|The synthetic Delta Co. reopened its plant.",
        "MADRID ( AP ) – The synthetic Iberian Rail Group cut fares .|The synthetic Iberian Rail Group cut fares .",
        "( Northline ) -- Crews left the synthetic port at dawn on Friday .|Crews left the synthetic port at dawn on Friday .",
        "By Marta Quelhas , NORTHLINE DISPATCH The synthetic dam held overnight .|The synthetic dam held overnight .",
        "Photograph : Ana Brisk/Synthetic Images The canal reopened on Monday morning .|The canal reopened on Monday morning .",
        "JOAO LIMA / THE HARBOUR POST In her new book , Ines Carvo recalls the flood .|In her new book , Ines Carvo recalls the flood .",
      })
  void startsQuotingWhereTheProseStarts(String sentence, String expected) {
    assertEquals(expected, prose(sentence));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The synthetic Harbour Union called a strike on Monday .",
        "On March 3 , the synthetic board voted to close the canal .",
        "US-China talks on the synthetic canal resumed in Geneva .",
        "By the end of the week the synthetic ferry line had cut its timetable .",
        "Milton Reyl ( 1912 -- 1990 ) , founder of the synthetic line , built the first quay .",
        "May 12 , the synthetic board said , is the last day of service .",
        "2025 , 14 synthetic ferries and 3 tugs left the port of Leixões .",
      })
  void leavesProseAlone(String sentence) {
    assertEquals(sentence, prose(sentence));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Editor 's note : Tomas Reyl is a contributor to the synthetic Northline Dispatch .",
        "Editor's note: this story about the synthetic canal was updated on Monday.",
        "The Associated Press contributed to this report .",
        "This article can be viewed in its original form on the synthetic archive .",
        "Follow Ana Brisk on Twitter for more on the synthetic canal .",
        "Scroll down for video of the synthetic ferry running aground .",
        "Sign up for our synthetic canal newsletter .",
        "Click here to see the synthetic ferry timetable .",
      })
  void recognisesPageFurniture(String sentence) {
    assertTrue(PageLines.isFurniture(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The synthetic board said it would share the costs with the city .",
        "Crews will follow the synthetic canal's old towpath to the port .",
        "Farmers must sign up for the synthetic water scheme and share on-farm data with the board .",
        "Residents can subscribe to the synthetic board's flood alerts .",
      })
  void proseIsNoFurniture(String sentence) {
    assertFalse(PageLines.isFurniture(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "( Northline ) -- Crews left the synthetic port at dawn .",
        "Rome ( Northline ) The synthetic ferry line cut its timetable .",
        "WASHINGTON — The synthetic Tidewater Board voted to close the canal .",
        "Photograph : Ana Brisk/Synthetic Images The canal reopened on Monday .",
        "Updated 8:10 AM EDT , Tue July 29 , 2025 ( Northline ) -- The canal reopened .",
      })
  void aDatelineOrCreditOpensTheBody(String sentence) {
    assertTrue(PageLines.opensBody(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The canal reopened on Monday .", "A worker paints the synthetic quay in Porto ."})
  void proseOpensNoBody(String sentence) {
    assertFalse(PageLines.opensBody(sentence), sentence);
  }
}
