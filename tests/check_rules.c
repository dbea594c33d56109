/*
 * check_rules.c - the splitter's rules, one table per kind of evidence:
 * abbreviations and titles, initials, numbers, quotes and brackets,
 * ellipses, lines (headings, bylines, datelines, lists, hard-wrapped
 * and paragraph-a-line text), web addresses and code, and sentences run
 * together with no space.  Each case is a piece of news-style text and
 * the sentences a careful editor would cut it into, as --split prints
 * them: one per entry, every run of white space folded to one space.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"

#define MAX_SENT 12

/* UTF-8 punctuation, spelled once.  A literal ends after each so that a
 * following letter is not read as part of a hex escape. */
#define LQ     "\xE2\x80\x9C"    /* left double quotation mark */
#define RQ     "\xE2\x80\x9D"    /* right double quotation mark */
#define LSQ    "\xE2\x80\x98"    /* left single quotation mark */
#define RSQ    "\xE2\x80\x99"    /* right single quotation mark, apostrophe */
#define ELL    "\xE2\x80\xA6"    /* horizontal ellipsis */
#define MDASH  "\xE2\x80\x94"    /* em dash */
#define BULLET "\xE2\x80\xA2"
#define POUND  "\xC2\xA3"

struct rule_case {
	const char *text;
	const char *sent[MAX_SENT];   /* NULL-terminated */
};

/* ------------------------------------------------------------------ */
/* 1. Abbreviations and titles                                         */
/* ------------------------------------------------------------------ */

static const struct rule_case abbrev_cases[] = {
	{ "Mr. Alvarez told reporters the plan was dead. Mrs. Okafor disagreed.",
	  { "Mr. Alvarez told reporters the plan was dead.",
	    "Mrs. Okafor disagreed." } },
	{ "The report was written by Ms. Tran and reviewed by Dr. Patel before its release.",
	  { "The report was written by Ms. Tran and reviewed by Dr. Patel before its release." } },
	{ "Prof. Heinz Albrecht of Leipzig University led the study. It took six years to complete.",
	  { "Prof. Heinz Albrecht of Leipzig University led the study.",
	    "It took six years to complete." } },
	{ "The convoy was commanded by Lt. Col. Maria Ortiz, who had served two tours in Iraq.",
	  { "The convoy was commanded by Lt. Col. Maria Ortiz, who had served two tours in Iraq." } },
	{ "Sgt. Daniel Reyes and Capt. Ann Whitlock were honored on Friday. Both declined to comment.",
	  { "Sgt. Daniel Reyes and Capt. Ann Whitlock were honored on Friday.",
	    "Both declined to comment." } },
	{ "Adm. Karen Hollis told the committee the fleet was stretched thin. Sen. Paul Drake asked most of the questions.",
	  { "Adm. Karen Hollis told the committee the fleet was stretched thin.",
	    "Sen. Paul Drake asked most of the questions." } },
	{ "Rep. Janet Moore and Gov. Tom Barrett toured the flooded towns by helicopter.",
	  { "Rep. Janet Moore and Gov. Tom Barrett toured the flooded towns by helicopter." } },
	{ "A portrait of Pres. Grant hangs in the lobby.",
	  { "A portrait of Pres. Grant hangs in the lobby." } },
	{ "Maj. Gen. Song Lin led the Chinese delegation. He spoke for twenty minutes.",
	  { "Maj. Gen. Song Lin led the Chinese delegation.",
	    "He spoke for twenty minutes." } },
	{ "U.S. Army Gen. Mark Ellison arrived in Seoul on Monday. He met his South Korean counterpart.",
	  { "U.S. Army Gen. Mark Ellison arrived in Seoul on Monday.",
	    "He met his South Korean counterpart." } },
	{ "Lt. Gov. Dana Price will preside over the state Senate.",
	  { "Lt. Gov. Dana Price will preside over the state Senate." } },
	{ "The Rev. Al Turner led the service. Hundreds attended.",
	  { "The Rev. Al Turner led the service.", "Hundreds attended." } },
	{ "Dr. and Mrs. Ferreira hosted the fundraiser at their home.",
	  { "Dr. and Mrs. Ferreira hosted the fundraiser at their home." } },
	/* Jr. and Sr.: inside a name, and closing a sentence. */
	{ "The award went to Harold Banks Jr. He accepted it in person.",
	  { "The award went to Harold Banks Jr.", "He accepted it in person." } },
	{ "Robert Hale Sr. founded the company in 1952 with his brother.",
	  { "Robert Hale Sr. founded the company in 1952 with his brother." } },
	{ "The parade moved slowly down St. Charles Avenue toward the river.",
	  { "The parade moved slowly down St. Charles Avenue toward the river." } },
	{ "The bakery is on Grand St. Its owner has run it for 40 years.",
	  { "The bakery is on Grand St.", "Its owner has run it for 40 years." } },
	{ "Climbers reached the summit of Mt. Rainier before dawn on Sunday.",
	  { "Climbers reached the summit of Mt. Rainier before dawn on Sunday." } },
	/* Company suffixes. */
	{ "The chips are made by Norvale Inc. The company did not respond to requests for comment.",
	  { "The chips are made by Norvale Inc.",
	    "The company did not respond to requests for comment." } },
	{ "Norvale Inc. shares fell 4 percent in early trading.",
	  { "Norvale Inc. shares fell 4 percent in early trading." } },
	{ "Tessaro Corp. said it would cut 1,200 jobs. The union called the move reckless.",
	  { "Tessaro Corp. said it would cut 1,200 jobs.",
	    "The union called the move reckless." } },
	{ "The contract went to Pemberton Holdings Ltd. It is based in Leeds.",
	  { "The contract went to Pemberton Holdings Ltd.", "It is based in Leeds." } },
	{ "Warner Bros. Discovery reported a wider loss for the quarter.",
	  { "Warner Bros. Discovery reported a wider loss for the quarter." } },
	{ "The Harwick Co. plant in Dayton closed last year after 80 years.",
	  { "The Harwick Co. plant in Dayton closed last year after 80 years." } },
	/* A suffix ends the sentence, and a capitalised noun (not a
	 * function word) opens the next. */
	{ "The order went to Acme Inc. Shares of the company rose 6 percent.",
	  { "The order went to Acme Inc.", "Shares of the company rose 6 percent." } },
	/* Reference abbreviations. */
	{ "The No. 3 seed was knocked out in the first round.",
	  { "The No. 3 seed was knocked out in the first round." } },
	{ "Seeds Nos. 4 and 7 advanced to the quarterfinals on Wednesday.",
	  { "Seeds Nos. 4 and 7 advanced to the quarterfinals on Wednesday." } },
	{ "The essay appears in vol. 12 of the journal, on pp. 45-67. It has been widely cited.",
	  { "The essay appears in vol. 12 of the journal, on pp. 45-67.",
	    "It has been widely cited." } },
	{ "The quote can be found on p. 212 of the memoir.",
	  { "The quote can be found on p. 212 of the memoir." } },
	{ "As fig. 3 shows, rainfall dropped sharply after 1990.",
	  { "As fig. 3 shows, rainfall dropped sharply after 1990." } },
	{ "The case, known as Dawson vs. Ohio, reached the Supreme Court in May.",
	  { "The case, known as Dawson vs. Ohio, reached the Supreme Court in May." } },
	/* "no" and "ill" are words before they are abbreviations. */
	{ "Asked whether he would resign, the minister said no. Opposition leaders called the answer arrogant.",
	  { "Asked whether he would resign, the minister said no.",
	    "Opposition leaders called the answer arrogant." } },
	{ "The singer fell ill. Doctors ordered two weeks of rest.",
	  { "The singer fell ill.", "Doctors ordered two weeks of rest." } },
	/* etc., e.g., i.e. */
	{ "The store sells bread, milk, eggs, etc. and stays open until midnight.",
	  { "The store sells bread, milk, eggs, etc. and stays open until midnight." } },
	{ "Officials cited roads, bridges, schools, etc. The list went on for pages.",
	  { "Officials cited roads, bridges, schools, etc.",
	    "The list went on for pages." } },
	{ "Some fruits, e.g. apples and pears, keep for months in cold storage.",
	  { "Some fruits, e.g. apples and pears, keep for months in cold storage." } },
	{ "Several cities, e.g. Denver and Austin, have raised parking fees.",
	  { "Several cities, e.g. Denver and Austin, have raised parking fees." } },
	{ "The vote was unanimous, i.e. no member objected.",
	  { "The vote was unanimous, i.e. no member objected." } },
	{ "The rule covers only one state, i.e. Texas, for now.",
	  { "The rule covers only one state, i.e. Texas, for now." } },
	/* a.m. and p.m. */
	{ "Polls open at 7 a.m. and close at 8 p.m. on Tuesday.",
	  { "Polls open at 7 a.m. and close at 8 p.m. on Tuesday." } },
	{ "The storm hit at 4 p.m. Power was out for hours.",
	  { "The storm hit at 4 p.m.", "Power was out for hours." } },
	{ "The hearing begins at 10 a.m. Monday in Room 200.",
	  { "The hearing begins at 10 a.m. Monday in Room 200." } },
	{ "The polls close at 8 p.m. Eastern time on Tuesday.",
	  { "The polls close at 8 p.m. Eastern time on Tuesday." } },
	/* Months. */
	{ "The law took effect on Jan. 1 and expires on Dec. 31, 2026.",
	  { "The law took effect on Jan. 1 and expires on Dec. 31, 2026." } },
	{ "The vote is set for Sept. 14. Opponents have asked for a delay.",
	  { "The vote is set for Sept. 14.", "Opponents have asked for a delay." } },
	{ "The suit, filed on Feb. 3 in federal court, names four defendants.",
	  { "The suit, filed on Feb. 3 in federal court, names four defendants." } },
	{ "Early voting runs from Oct. 21 to Nov. 1. Turnout is expected to be high.",
	  { "Early voting runs from Oct. 21 to Nov. 1.",
	    "Turnout is expected to be high." } },
	{ "Between Aug. 15 and Apr. 30 the river is closed to barges.",
	  { "Between Aug. 15 and Apr. 30 the river is closed to barges." } },
	/* Dotted acronyms. */
	{ "The U.S. Air Force grounded the fleet on Monday.",
	  { "The U.S. Air Force grounded the fleet on Monday." } },
	{ "Inflation is still rising in the U.S. The Federal Reserve is expected to act.",
	  { "Inflation is still rising in the U.S.",
	    "The Federal Reserve is expected to act." } },
	/* A capitalised common noun that is not a usual sentence opener
	 * ("in the U.S. Health officials urged calm") is read as a name
	 * ("U.S. Army"): a known limit, not tested here. */
	{ "The virus has now been detected in the U.S. Officials urged calm.",
	  { "The virus has now been detected in the U.S.",
	    "Officials urged calm." } },
	{ "Exports to the U.K. fell by a third last year. The government blamed new customs rules.",
	  { "Exports to the U.K. fell by a third last year.",
	    "The government blamed new customs rules." } },
	{ "U.K. Prime Minister Olsen visited Kyiv on Sunday.",
	  { "U.K. Prime Minister Olsen visited Kyiv on Sunday." } },
	{ "The U.N. Security Council will meet on Thursday.",
	  { "The U.N. Security Council will meet on Thursday." } },
	{ "The draft resolution was sent to the U.N. It passed 13-0 with two abstentions.",
	  { "The draft resolution was sent to the U.N.",
	    "It passed 13-0 with two abstentions." } },
	{ "E.U. ministers met in Brussels. They agreed on a price cap.",
	  { "E.U. ministers met in Brussels.", "They agreed on a price cap." } },
	{ "The tariffs apply to steel from the E.U. and China.",
	  { "The tariffs apply to steel from the E.U. and China." } },
	{ "The U.S.-China talks resumed in Geneva. Both sides called them useful.",
	  { "The U.S.-China talks resumed in Geneva.", "Both sides called them useful." } },
	/* State abbreviations. */
	{ "He was born in Portland, Ore. He moved east in 1990.",
	  { "He was born in Portland, Ore.", "He moved east in 1990." } },
	{ "Sen. Alma Ruiz, D-N.M., opposed the bill. Sen. Greg Lott, R-Tenn., supported it.",
	  { "Sen. Alma Ruiz, D-N.M., opposed the bill.",
	    "Sen. Greg Lott, R-Tenn., supported it." } },
};

/* ------------------------------------------------------------------ */
/* 2. Initials and names                                               */
/* ------------------------------------------------------------------ */

static const struct rule_case initial_cases[] = {
	{ "J. R. R. Tolkien's estate approved the new illustrated edition.",
	  { "J. R. R. Tolkien's estate approved the new illustrated edition." } },
	{ "The letters were kept by J.R.R. Tolkien's grandson. They were sold at auction in 2019.",
	  { "The letters were kept by J.R.R. Tolkien's grandson.",
	    "They were sold at auction in 2019." } },
	{ "The memo was signed by Air Force Gen. CQ Brown, Jr., and two of his deputies.",
	  { "The memo was signed by Air Force Gen. CQ Brown, Jr., and two of his deputies." } },
	{ "Gen. Charles Q. Brown Jr. was confirmed by the Senate. He succeeded Gen. Mark Milley.",
	  { "Gen. Charles Q. Brown Jr. was confirmed by the Senate.",
	    "He succeeded Gen. Mark Milley." } },
	{ "L. Ron Hubbard founded the church in 1954. It grew rapidly in the 1970s.",
	  { "L. Ron Hubbard founded the church in 1954.",
	    "It grew rapidly in the 1970s." } },
	{ "Michael S. Chase, a deputy assistant secretary of defense, led the American side.",
	  { "Michael S. Chase, a deputy assistant secretary of defense, led the American side." } },
	{ "George W. Bush spoke at the dedication. Laura Bush did not attend.",
	  { "George W. Bush spoke at the dedication.", "Laura Bush did not attend." } },
	{ "The case was heard by Judge Anne E. Kowalski on Monday.",
	  { "The case was heard by Judge Anne E. Kowalski on Monday." } },
	{ "H. L. Mencken covered the trial for The Baltimore Sun.",
	  { "H. L. Mencken covered the trial for The Baltimore Sun." } },
	{ "W.E.B. Du Bois taught at Atlanta University for more than two decades.",
	  { "W.E.B. Du Bois taught at Atlanta University for more than two decades." } },
	{ "The prize went to Mary K. O'Neill, a nurse from Boston.",
	  { "The prize went to Mary K. O'Neill, a nurse from Boston." } },
	/* A single capital letter that is not an initial ends a sentence. */
	{ "The archive is housed in Block C. It is open to researchers on weekdays.",
	  { "The archive is housed in Block C.",
	    "It is open to researchers on weekdays." } },
	{ "Many patients were low in vitamin D. It is cheap to treat.",
	  { "Many patients were low in vitamin D.", "It is cheap to treat." } },
	{ "Many older adults are short of vitamin D. Researchers recommend a daily supplement.",
	  { "Many older adults are short of vitamin D.",
	    "Researchers recommend a daily supplement." } },
	{ "Franklin D. Roosevelt signed the Social Security Act in 1935.",
	  { "Franklin D. Roosevelt signed the Social Security Act in 1935." } },
	{ "Flights at John F. Kennedy International Airport resumed at noon.",
	  { "Flights at John F. Kennedy International Airport resumed at noon." } },
	{ "A. Philip Randolph organized the 1963 march.",
	  { "A. Philip Randolph organized the 1963 march." } },
	{ "The novel by E. M. Forster was adapted for film in 1985.",
	  { "The novel by E. M. Forster was adapted for film in 1985." } },
	{ "Martin Luther King Jr. spoke for 17 minutes. The crowd fell silent.",
	  { "Martin Luther King Jr. spoke for 17 minutes.", "The crowd fell silent." } },
	{ "Sammy Davis Jr. and Dean Martin closed the show.",
	  { "Sammy Davis Jr. and Dean Martin closed the show." } },
	{ "Police identified the driver as Ray T. Dunn, 34, of Tulsa.",
	  { "Police identified the driver as Ray T. Dunn, 34, of Tulsa." } },
	{ "Ulysses S. Grant led the Union army. He later served two terms as president.",
	  { "Ulysses S. Grant led the Union army.",
	    "He later served two terms as president." } },
	{ "Questions went to Dr. Amy L. Chen, the lead author. She declined to comment.",
	  { "Questions went to Dr. Amy L. Chen, the lead author.",
	    "She declined to comment." } },
	{ "P. T. Barnum opened his museum in 1841. It burned down in 1865.",
	  { "P. T. Barnum opened his museum in 1841.", "It burned down in 1865." } },
	{ "The company's founder, Elias A. Hartmann, retired in May. His son took over.",
	  { "The company's founder, Elias A. Hartmann, retired in May.",
	    "His son took over." } },
	{ "The contract was signed by T. Boone Pickens in 2008.",
	  { "The contract was signed by T. Boone Pickens in 2008." } },
	{ "Judge Sarah J. Whitfield of the U.S. District Court dismissed the suit.",
	  { "Judge Sarah J. Whitfield of the U.S. District Court dismissed the suit." } },
	{ "The lead investigator, Sgt. Maria J. Lopez, declined to comment.",
	  { "The lead investigator, Sgt. Maria J. Lopez, declined to comment." } },
};

/* ------------------------------------------------------------------ */
/* 3. Numbers                                                          */
/* ------------------------------------------------------------------ */

static const struct rule_case number_cases[] = {
	{ "The deal is worth $3.5 billion. Analysts called it a bargain.",
	  { "The deal is worth $3.5 billion.", "Analysts called it a bargain." } },
	{ "Her temperature was 98.6 degrees when she was admitted.",
	  { "Her temperature was 98.6 degrees when she was admitted." } },
	{ "Unemployment fell to 3.9 percent in May. Wages rose 0.4 percent.",
	  { "Unemployment fell to 3.9 percent in May.", "Wages rose 0.4 percent." } },
	{ "The v1.2.3 release fixed the bug. Version 2.0 is due in June.",
	  { "The v1.2.3 release fixed the bug.", "Version 2.0 is due in June." } },
	{ "Version 10.4.1 of the software patched the flaw.",
	  { "Version 10.4.1 of the software patched the flaw." } },
	{ "Reporters gathered outside No. 10 Downing Street on Tuesday.",
	  { "Reporters gathered outside No. 10 Downing Street on Tuesday." } },
	{ "No. 10 said the prime minister had tested positive.",
	  { "No. 10 said the prime minister had tested positive." } },
	{ "The No. 2 official at the agency resigned. No reason was given.",
	  { "The No. 2 official at the agency resigned.", "No reason was given." } },
	{ "The doors closed at 6 P.M. Mr. Smith arrived ten minutes later.",
	  { "The doors closed at 6 P.M.", "Mr. Smith arrived ten minutes later." } },
	{ "The shuttle left at 9:45 a.m. and landed at 11:10 a.m. local time.",
	  { "The shuttle left at 9:45 a.m. and landed at 11:10 a.m. local time." } },
	{ "Trading ended at 4 p.m. EST on Friday.",
	  { "Trading ended at 4 p.m. EST on Friday." } },
	{ "The meeting is at 6 P.M. Tuesday in the council chamber.",
	  { "The meeting is at 6 P.M. Tuesday in the council chamber." } },
	{ "The bus leaves at 7.30 a.m. from the main station.",
	  { "The bus leaves at 7.30 a.m. from the main station." } },
	/* List markers opening a paragraph. */
	{ "1. Preheat the oven to 200 degrees.",
	  { "1. Preheat the oven to 200 degrees." } },
	{ "2. Mix the flour and sugar. Add the eggs one at a time.",
	  { "2. Mix the flour and sugar.", "Add the eggs one at a time." } },
	{ "a) Review the budget before the vote.",
	  { "a) Review the budget before the vote." } },
	{ "(iii) The board may remove a member for cause.",
	  { "(iii) The board may remove a member for cause." } },
	{ "Section (iii) of the law was struck down. The rest stands.",
	  { "Section (iii) of the law was struck down.", "The rest stands." } },
	/* A number ends a sentence. */
	{ "The central bank raised its rate to 5.25%. Markets fell.",
	  { "The central bank raised its rate to 5.25%.", "Markets fell." } },
	{ "The factory opened in 1987. Within a decade it employed 900 people.",
	  { "The factory opened in 1987.", "Within a decade it employed 900 people." } },
	{ "The final score was 3-1. Fans stormed the field.",
	  { "The final score was 3-1.", "Fans stormed the field." } },
	{ "The bill passed 52-48. It now goes to the House.",
	  { "The bill passed 52-48.", "It now goes to the House." } },
	{ "The population grew by 1.2 million. Most of the growth came from migration.",
	  { "The population grew by 1.2 million.",
	    "Most of the growth came from migration." } },
	{ "The quake measured 6.8 on the Richter scale. It was felt 300 miles away.",
	  { "The quake measured 6.8 on the Richter scale.",
	    "It was felt 300 miles away." } },
	{ "Shares closed at $41.07. They had opened at $44.",
	  { "Shares closed at $41.07.", "They had opened at $44." } },
	{ "The ticket cost " POUND "12.50 and the train was late.",
	  { "The ticket cost " POUND "12.50 and the train was late." } },
	{ "She finished the marathon in 2:03:45. That is a course record.",
	  { "She finished the marathon in 2:03:45.", "That is a course record." } },
	{ "He ended the season ranked No. 1. His rival finished second.",
	  { "He ended the season ranked No. 1.", "His rival finished second." } },
	{ "The forecast for 2023 was 4.5. For 2024 it is 4.8.",
	  { "The forecast for 2023 was 4.5.", "For 2024 it is 4.8." } },
	{ "Apollo 11 landed on July 20, 1969. Armstrong stepped out hours later.",
	  { "Apollo 11 landed on July 20, 1969.", "Armstrong stepped out hours later." } },
	{ "The Dow rose 1.3% to 38,120.45 on Friday.",
	  { "The Dow rose 1.3% to 38,120.45 on Friday." } },
	{ "The 19th Amendment was ratified in 1920. Women voted that November.",
	  { "The 19th Amendment was ratified in 1920.", "Women voted that November." } },
	{ "The plan calls for 2.5 million new homes by 2030. Critics say that is unrealistic.",
	  { "The plan calls for 2.5 million new homes by 2030.",
	    "Critics say that is unrealistic." } },
	{ "Turnout was 61.4% in 2020 and 66.8% in 2024.",
	  { "Turnout was 61.4% in 2020 and 66.8% in 2024." } },
	{ "Interest rates were cut by 0.25 points. It was the third cut this year.",
	  { "Interest rates were cut by 0.25 points.",
	    "It was the third cut this year." } },
	{ "The 2.4-liter engine was dropped from the lineup in 2019.",
	  { "The 2.4-liter engine was dropped from the lineup in 2019." } },
};

/* ------------------------------------------------------------------ */
/* 4. Quotes and brackets                                              */
/* ------------------------------------------------------------------ */

static const struct rule_case quote_cases[] = {
	{ LQ "We will not back down from this conflict." RQ " Then he left the stage.",
	  { LQ "We will not back down from this conflict." RQ,
	    "Then he left the stage." } },
	{ LQ "It was never about the money," RQ " she said. " LQ "It was about respect." RQ,
	  { LQ "It was never about the money," RQ " she said.",
	    LQ "It was about respect." RQ } },
	{ LQ "This is not the end of the conflict," RQ " as the minister put it, " LQ "but a pause." RQ,
	  { LQ "This is not the end of the conflict," RQ " as the minister put it, " LQ "but a pause." RQ } },
	{ "(Was anyone surprised?) The vote went exactly as expected.",
	  { "(Was anyone surprised?)", "The vote went exactly as expected." } },
	{ "Reporters asked the obvious question (why now?). Nobody answered.",
	  { "Reporters asked the obvious question (why now?).", "Nobody answered." } },
	{ "\"Get out of the building!\" the officer shouted. People began to run.",
	  { "\"Get out of the building!\" the officer shouted.", "People began to run." } },
	{ "\"We won!\" Fans poured into the streets after the final whistle.",
	  { "\"We won!\"", "Fans poured into the streets after the final whistle." } },
	{ "She shouted " LQ "Stop!" RQ " and the driver braked.",
	  { "She shouted " LQ "Stop!" RQ " and the driver braked." } },
	{ "The agency (the FDA [Food and Drug Administration]) approved the drug. Sales began in June.",
	  { "The agency (the FDA [Food and Drug Administration]) approved the drug.",
	    "Sales began in June." } },
	{ "The mayor resigned on Friday. (She had served two terms.) A successor will be named next week.",
	  { "The mayor resigned on Friday.", "(She had served two terms.)",
	    "A successor will be named next week." } },
	{ "The senator (who chairs the panel) objected. Two others agreed with him.",
	  { "The senator (who chairs the panel) objected.", "Two others agreed with him." } },
	{ "He called the plan 'a disaster.' The vote was delayed.",
	  { "He called the plan 'a disaster.'", "The vote was delayed." } },
	{ "The paper described the ruling as " LSQ "a turning point." RSQ " Others were less sure.",
	  { "The paper described the ruling as " LSQ "a turning point." RSQ,
	    "Others were less sure." } },
	{ LQ "Are you serious?" RQ " asked the judge.",
	  { LQ "Are you serious?" RQ " asked the judge." } },
	{ LQ "Are you serious?" RQ " The judge looked up from his notes.",
	  { LQ "Are you serious?" RQ, "The judge looked up from his notes." } },
	{ "The chief executive said the firm was " LQ "fully committed." RQ " Its shares rose 2 percent.",
	  { "The chief executive said the firm was " LQ "fully committed." RQ,
	    "Its shares rose 2 percent." } },
	{ LQ "He [the governor] knew about it," RQ " the aide said.",
	  { LQ "He [the governor] knew about it," RQ " the aide said." } },
	{ "The report (see page 4) lists the costs. They are high.",
	  { "The report (see page 4) lists the costs.", "They are high." } },
	{ "The results (p < 0.05) were significant. The authors urged caution.",
	  { "The results (p < 0.05) were significant.", "The authors urged caution." } },
	/* A bracketed remark opening with a relative pronoun comments on
	 * the sentence before it and stays with it; others stand alone. */
	{ "The levy passed with 58 percent! (Which surprised nobody at the "
	  "library.) Turnout was high.",
	  { "The levy passed with 58 percent! (Which surprised nobody at the "
	    "library.)", "Turnout was high." } },
	{ "The mayor spoke last. (She had asked to.) The meeting ended at nine.",
	  { "The mayor spoke last.", "(She had asked to.)",
	    "The meeting ended at nine." } },
	{ "Crews found the leak on Monday. (Who reported it is not known.) "
	  "Repairs begin today.",
	  { "Crews found the leak on Monday. (Who reported it is not known.)",
	    "Repairs begin today." } },
	/* An apostrophe is not an opening quote. */
	{ "The players' union rejected the offer. Talks resume on Monday.",
	  { "The players' union rejected the offer.", "Talks resume on Monday." } },
	{ "\"Why now?\" he asked.",
	  { "\"Why now?\" he asked." } },
	{ LQ "The vote is final." RQ " " LQ "We accept it," RQ " the rival camp said.",
	  { LQ "The vote is final." RQ, LQ "We accept it," RQ " the rival camp said." } },
	{ "The crowd (some 40,000 strong!) cheered for an hour.",
	  { "The crowd (some 40,000 strong!) cheered for an hour." } },
	{ "The film ends with a twist (no spoilers here). It opens Friday.",
	  { "The film ends with a twist (no spoilers here).", "It opens Friday." } },
	{ "The so-called " LQ "Gang of Eight" RQ " met again. Their bill died in committee.",
	  { "The so-called " LQ "Gang of Eight" RQ " met again.",
	    "Their bill died in committee." } },
	{ "The company (Acme Corp.) denied any wrongdoing.",
	  { "The company (Acme Corp.) denied any wrongdoing." } },
	{ "The budget passed. (Two members abstained.)",
	  { "The budget passed.", "(Two members abstained.)" } },
	{ "The question " MDASH " " LQ "Who pays?" RQ " " MDASH " went unanswered.",
	  { "The question " MDASH " " LQ "Who pays?" RQ " " MDASH " went unanswered." } },
	{ "He said he had \"no idea.\" Investigators did not believe him.",
	  { "He said he had \"no idea.\"", "Investigators did not believe him." } },
	{ "The ministry's statement (issued late Friday) said nothing about casualties. Aid groups said at least 40 people had died.",
	  { "The ministry's statement (issued late Friday) said nothing about casualties.",
	    "Aid groups said at least 40 people had died." } },
	{ "Asked about the timing, she said: " LQ "Why not now?" RQ " She did not elaborate.",
	  { "Asked about the timing, she said: " LQ "Why not now?" RQ,
	    "She did not elaborate." } },
	{ "The sign on the door read " LQ "Closed for repairs." RQ,
	  { "The sign on the door read " LQ "Closed for repairs." RQ } },
};

/* ------------------------------------------------------------------ */
/* 5. Ellipses                                                         */
/* ------------------------------------------------------------------ */

static const struct rule_case ellipsis_cases[] = {
	{ "The senator paused... then changed the subject.",
	  { "The senator paused... then changed the subject." } },
	{ "The senator paused... The room went quiet.",
	  { "The senator paused...", "The room went quiet." } },
	{ "We waited" ELL " and waited.",
	  { "We waited" ELL " and waited." } },
	{ "The line went dead" ELL " Nobody called back.",
	  { "The line went dead" ELL, "Nobody called back." } },
	{ LQ "I don" RSQ "t know" ELL RQ " she said, her voice trailing off.",
	  { LQ "I don" RSQ "t know" ELL RQ " she said, her voice trailing off." } },
	{ LQ "I don" RSQ "t know" ELL RQ " Then she hung up.",
	  { LQ "I don" RSQ "t know" ELL RQ, "Then she hung up." } },
	/* Elisions inside a quotation. */
	{ "The law says officials " LQ "may ... remove any member" RQ " at will.",
	  { "The law says officials " LQ "may ... remove any member" RQ " at will." } },
	{ "The statement read: " LQ "We regret ... the loss of life." RQ,
	  { "The statement read: " LQ "We regret ... the loss of life." RQ } },
	{ "The mayor said the city would " LQ "look at all options " ELL " including a tax increase." RQ,
	  { "The mayor said the city would " LQ "look at all options " ELL " including a tax increase." RQ } },
	{ "And then... nothing. The phone never rang again.",
	  { "And then... nothing.", "The phone never rang again." } },
	{ "Wait for it" ELL " Boom. The old tower came down in seconds.",
	  { "Wait for it" ELL, "Boom.", "The old tower came down in seconds." } },
	{ "Is this the end...? Nobody knows.",
	  { "Is this the end...?", "Nobody knows." } },
	{ "He said the project was " LQ "on track..." RQ " The auditors disagreed.",
	  { "He said the project was " LQ "on track..." RQ, "The auditors disagreed." } },
	{ "The list included wheat, corn, soybeans ... and cotton.",
	  { "The list included wheat, corn, soybeans ... and cotton." } },
	{ ELL "and that was the last anyone saw of him.",
	  { ELL "and that was the last anyone saw of him." } },
	{ "To be continued...",
	  { "To be continued..." } },
	{ "The countdown went on: 3, 2, 1... Liftoff came at 9:32 a.m.",
	  { "The countdown went on: 3, 2, 1...", "Liftoff came at 9:32 a.m." } },
	{ "Prices rose 2.5%... then 3%... then 4%.",
	  { "Prices rose 2.5%... then 3%... then 4%." } },
	{ "I wonder" ELL " Is it worth it?",
	  { "I wonder" ELL, "Is it worth it?" } },
	{ LQ "Well" ELL "," RQ " he began, then stopped.",
	  { LQ "Well" ELL "," RQ " he began, then stopped." } },
	{ "The message broke off: " LQ "Tell my family that I" ELL RQ " It was never finished.",
	  { "The message broke off: " LQ "Tell my family that I" ELL RQ,
	    "It was never finished." } },
	{ "The speech was long ... very long. Some left early.",
	  { "The speech was long ... very long.", "Some left early." } },
	{ "Sales were flat in the spring... By autumn they had doubled.",
	  { "Sales were flat in the spring...", "By autumn they had doubled." } },
	{ "The answer, he said, was " LQ "maybe" ELL " maybe not." RQ,
	  { "The answer, he said, was " LQ "maybe" ELL " maybe not." RQ } },
	/* Spaced periods, as some newspapers set an ellipsis: three inside a
	 * sentence, four at its end. */
	{ "The witness said she saw the car . . . and then ran.",
	  { "The witness said she saw the car . . . and then ran." } },
	{ "The memo ended abruptly . . . . The rest had been redacted.",
	  { "The memo ended abruptly . . . .", "The rest had been redacted." } },
};

/* ------------------------------------------------------------------ */
/* 6. Lines                                                            */
/* ------------------------------------------------------------------ */

static const struct rule_case line_cases[] = {
	/* Headings, bylines, credits. */
	{ "Storm Batters Coast\n\nHigh winds knocked out power to 40,000 homes. Schools were closed on Friday.\n",
	  { "Storm Batters Coast", "High winds knocked out power to 40,000 homes.",
	    "Schools were closed on Friday." } },
	{ "Budget Deal Reached\nBy Maria Lopez\nAssociated Press\n\n"
	  "Lawmakers reached a deal late Sunday. A vote is expected on Tuesday.\n",
	  { "Budget Deal Reached", "By Maria Lopez", "Associated Press",
	    "Lawmakers reached a deal late Sunday.", "A vote is expected on Tuesday." } },
	{ "WORLD NEWS\nThe summit ended without a deal. Leaders will meet again in June.\n",
	  { "WORLD NEWS", "The summit ended without a deal.",
	    "Leaders will meet again in June." } },
	{ "What Happens Next?\nThe court is expected to rule in June.\n",
	  { "What Happens Next?", "The court is expected to rule in June." } },
	{ "Analysis: Why the Fed Held Rates Steady\n\n"
	  "The central bank left rates unchanged on Wednesday. Markets rallied.\n",
	  { "Analysis: Why the Fed Held Rates Steady",
	    "The central bank left rates unchanged on Wednesday.", "Markets rallied." } },
	{ "The suspect was arrested on Friday.\nAdvertisement\nPolice said he had no prior record.\n",
	  { "The suspect was arrested on Friday.", "Advertisement",
	    "Police said he had no prior record." } },
	{ "Firefighters worked through the night.\nPhoto: Jane Roe/Getty Images\nThe fire was contained by morning.\n",
	  { "Firefighters worked through the night.", "Photo: Jane Roe/Getty Images",
	    "The fire was contained by morning." } },
	{ "The Fed meets again in June.\nRelated: How the Fed sets interest rates\nAnalysts expect no change.\n",
	  { "The Fed meets again in June.", "Related: How the Fed sets interest rates",
	    "Analysts expect no change." } },
	{ "Updated 10:42 a.m. ET, March 5, 2024\nThe strike entered its third week on Tuesday.\n",
	  { "Updated 10:42 a.m. ET, March 5, 2024",
	    "The strike entered its third week on Tuesday." } },
	{ "[Editor's note: This story has been updated with comment from the company.]\n"
	  "The company said the recall would cost $40 million.\n",
	  { "[Editor's note: This story has been updated with comment from the company.]",
	    "The company said the recall would cost $40 million." } },
	/* Datelines belong to the first sentence. */
	{ "WASHINGTON (AP) " MDASH " The Senate passed the bill 61-39 on Thursday. It now goes to the president.",
	  { "WASHINGTON (AP) " MDASH " The Senate passed the bill 61-39 on Thursday.",
	    "It now goes to the president." } },
	{ "LONDON (Reuters) - British retail sales fell 1.2% in March, official data showed on Friday.",
	  { "LONDON (Reuters) - British retail sales fell 1.2% in March, official data showed on Friday." } },
	{ "SPRINGFIELD, Ill. (AP) " MDASH " A state judge blocked the new law on Monday. The attorney general said the state would appeal.",
	  { "SPRINGFIELD, Ill. (AP) " MDASH " A state judge blocked the new law on Monday.",
	    "The attorney general said the state would appeal." } },
	{ "NEW YORK, March 3 (Reuters) - Wall Street closed higher on Monday, led by technology shares.",
	  { "NEW YORK, March 3 (Reuters) - Wall Street closed higher on Monday, led by technology shares." } },
	{ "TOKYO " MDASH " Japan's economy shrank in the third quarter. Exports fell sharply.",
	  { "TOKYO " MDASH " Japan's economy shrank in the third quarter.",
	    "Exports fell sharply." } },
	{ "Quake Shakes Peru\n\nLIMA, Peru (AP) " MDASH " A magnitude 6.1 earthquake shook central Peru on Sunday. No deaths were reported.\n",
	  { "Quake Shakes Peru",
	    "LIMA, Peru (AP) " MDASH " A magnitude 6.1 earthquake shook central Peru on Sunday.",
	    "No deaths were reported." } },
	/* Source lines without final punctuation. */
	{ "The figures are preliminary and may be revised.\nSources: Bureau of Labor Statistics; U.S. Census Bureau\n",
	  { "The figures are preliminary and may be revised.",
	    "Sources: Bureau of Labor Statistics; U.S. Census Bureau" } },
	{ "Shares of the company rose 3 percent in early trading.\nReporting by Tom Hale; Editing by Ann Carr\n",
	  { "Shares of the company rose 3 percent in early trading.",
	    "Reporting by Tom Hale; Editing by Ann Carr" } },
	/* A whole article set a paragraph a line, with title and byline. */
	{ "Lawmakers Strike Late Deal on Spending\n"
	  "By Maria Lopez and Tom Hale, Associated Press\n"
	  "WASHINGTON (AP) " MDASH " Congressional leaders reached a deal late Sunday to avoid a shutdown.\n"
	  "The agreement funds the government through March and includes money for disaster aid.\n"
	  "Votes are expected in both chambers by Wednesday, aides said.\n",
	  { "Lawmakers Strike Late Deal on Spending",
	    "By Maria Lopez and Tom Hale, Associated Press",
	    "WASHINGTON (AP) " MDASH " Congressional leaders reached a deal late Sunday to avoid a shutdown.",
	    "The agreement funds the government through March and includes money for disaster aid.",
	    "Votes are expected in both chambers by Wednesday, aides said." } },
	/* List items on lines of their own. */
	{ "The plan includes:\n- a new bus line\n- wider sidewalks\n- two new parks\n",
	  { "The plan includes:", "- a new bus line", "- wider sidewalks",
	    "- two new parks" } },
	{ "Steps to take:\n1. Turn off the gas.\n2. Open the windows.\n3. Leave the house.\n",
	  { "Steps to take:", "1. Turn off the gas.", "2. Open the windows.",
	    "3. Leave the house." } },
	{ "Key facts\n" BULLET " 12 people were injured\n" BULLET " Two roads remain closed\n",
	  { "Key facts", BULLET " 12 people were injured", BULLET " Two roads remain closed" } },
	{ "The proposal has three parts:\na) Cut the tax rate\nb) Close loopholes\nc) Raise the cap\n",
	  { "The proposal has three parts:", "a) Cut the tax rate", "b) Close loopholes",
	    "c) Raise the cap" } },
	{ "* Schools will open at 10 a.m.\n* Buses will run on a holiday schedule\n* Trash pickup is delayed a day\n",
	  { "* Schools will open at 10 a.m.", "* Buses will run on a holiday schedule",
	    "* Trash pickup is delayed a day" } },
	/* An item that wraps onto an indented second line. */
	{ "- The first item is long enough that it wraps onto\n  a second line in the source.\n- The second item is short.\n",
	  { "- The first item is long enough that it wraps onto a second line in the source.",
	    "- The second item is short." } },
	/* Hard-wrapped paragraphs. */
	{ "The city's transit agency said on Wednesday that it would raise\n"
	  "fares by 25 cents next year, the first increase since 2019.\n"
	  "Officials blamed rising fuel costs and a drop in ridership that\n"
	  "has not recovered since the pandemic. Riders' groups said they\n"
	  "would fight the plan at public hearings scheduled for next month.\n",
	  { "The city's transit agency said on Wednesday that it would raise fares by 25 cents next year, the first increase since 2019.",
	    "Officials blamed rising fuel costs and a drop in ridership that has not recovered since the pandemic.",
	    "Riders' groups said they would fight the plan at public hearings scheduled for next month." } },
	{ "Farmers in the region have planted less corn this spring than at any\n"
	  "time in the past decade, according to a survey released on Thursday by\n"
	  "the state agriculture department. Many said low prices and high\n"
	  "fertilizer costs had pushed them toward soybeans, which need less\n"
	  "nitrogen.\n",
	  { "Farmers in the region have planted less corn this spring than at any time in the past decade, according to a survey released on Thursday by the state agriculture department.",
	    "Many said low prices and high fertilizer costs had pushed them toward soybeans, which need less nitrogen." } },
	{ "The museum, which reopened in March after a two-year\n"
	  "renovation, has already drawn more than 300,000 visitors.\n"
	  "Its director, Elena Marsh, said the new galleries had\n"
	  "exceeded every forecast. A second phase will add a rooftop\n"
	  "garden.\n",
	  { "The museum, which reopened in March after a two-year renovation, has already drawn more than 300,000 visitors.",
	    "Its director, Elena Marsh, said the new galleries had exceeded every forecast.",
	    "A second phase will add a rooftop garden." } },
	/* A line ending in "U.S." runs on into the next. */
	{ "The proposal, which has support from both parties in the U.S.\n"
	  "Senate, would require social media companies to verify the ages\n"
	  "of their users and to get a parent's consent before a teenager\n"
	  "can open an account. A vote is expected before the August recess.\n",
	  { "The proposal, which has support from both parties in the U.S. Senate, would require social media companies to verify the ages of their users and to get a parent's consent before a teenager can open an account.",
	    "A vote is expected before the August recess." } },
	/* ... or ends a sentence there. */
	{ "Shipments of the panels rose 40 percent last year, making the firm\n"
	  "the third-largest supplier of solar equipment sold in the U.S.\n"
	  "The company also plans to open a second factory in Georgia, where\n"
	  "it has been promised tax breaks worth about $150 million.\n",
	  { "Shipments of the panels rose 40 percent last year, making the firm the third-largest supplier of solar equipment sold in the U.S.",
	    "The company also plans to open a second factory in Georgia, where it has been promised tax breaks worth about $150 million." } },
	/* A name broken across lines. */
	{ "The agreement was announced on Friday afternoon by Mayor Karen\n"
	  "Blake, who called it the most important deal the city had struck\n"
	  "in a generation. Council members, who must still approve it, were\n"
	  "briefed on the terms in a closed session on Thursday night.\n",
	  { "The agreement was announced on Friday afternoon by Mayor Karen Blake, who called it the most important deal the city had struck in a generation.",
	    "Council members, who must still approve it, were briefed on the terms in a closed session on Thursday night." } },
	{ "The hospital's chief of surgery, who asked that only her title be\n"
	  "used, said the four patients were treated by a team led by Dr.\n"
	  "Amina Yusuf, the head of the burn unit. Three remain in critical\n"
	  "condition, and a fourth was moved to a rehabilitation center.\n",
	  { "The hospital's chief of surgery, who asked that only her title be used, said the four patients were treated by a team led by Dr. Amina Yusuf, the head of the burn unit.",
	    "Three remain in critical condition, and a fourth was moved to a rehabilitation center." } },
	{ "The award was presented on Saturday evening to Harold Banks Jr.\n"
	  "The retired teacher spent four decades running a free reading\n"
	  "program for children in the city's poorest neighborhoods, and\n"
	  "former students travelled from across the country to attend.\n",
	  { "The award was presented on Saturday evening to Harold Banks Jr.",
	    "The retired teacher spent four decades running a free reading program for children in the city's poorest neighborhoods, and former students travelled from across the country to attend." } },
	{ "Shares in the retailer fell sharply on Tuesday after Harlow Brands Inc.\n"
	  "said its chief executive would step down at the end of the month,\n"
	  "just two years after she was hired to turn around the struggling\n"
	  "chain. The board has begun a search for her successor.\n",
	  { "Shares in the retailer fell sharply on Tuesday after Harlow Brands Inc. said its chief executive would step down at the end of the month, just two years after she was hired to turn around the struggling chain.",
	    "The board has begun a search for her successor." } },
	/* Two wrapped paragraphs, a blank line between. */
	{ "Negotiators worked through the night on Saturday but failed to reach\n"
	  "an agreement on the contract, which covers about 12,000 nurses at\n"
	  "eight hospitals. The union said a strike could begin as early as\n"
	  "Tuesday if talks do not resume.\n"
	  "\n"
	  "Talks are expected to resume on Monday at a hotel near the airport,\n"
	  "a spokeswoman for the hospitals said. She declined to say whether a\n"
	  "federal mediator would take part in the sessions.\n",
	  { "Negotiators worked through the night on Saturday but failed to reach an agreement on the contract, which covers about 12,000 nurses at eight hospitals.",
	    "The union said a strike could begin as early as Tuesday if talks do not resume.",
	    "Talks are expected to resume on Monday at a hotel near the airport, a spokeswoman for the hospitals said.",
	    "She declined to say whether a federal mediator would take part in the sessions." } },
	/* A heading above wrapped text, and one between wrapped lines. */
	{ "Fare Increase Proposed\n\n"
	  "The city's transit agency said on Wednesday that it would raise\n"
	  "fares by 25 cents next year, the first increase since 2019.\n"
	  "Officials blamed rising fuel costs and a drop in ridership that\n"
	  "has not recovered since the pandemic.\n",
	  { "Fare Increase Proposed",
	    "The city's transit agency said on Wednesday that it would raise fares by 25 cents next year, the first increase since 2019.",
	    "Officials blamed rising fuel costs and a drop in ridership that has not recovered since the pandemic." } },
	{ "The storm is expected to make landfall late on Thursday near the\n"
	  "border, forecasters said, bringing heavy rain and strong winds.\n"
	  "What to Expect\n"
	  "Officials urged residents of low-lying areas to leave by Wednesday\n"
	  "evening and to stock up on water, food and medicine for a week.\n",
	  { "The storm is expected to make landfall late on Thursday near the border, forecasters said, bringing heavy rain and strong winds.",
	    "What to Expect",
	    "Officials urged residents of low-lying areas to leave by Wednesday evening and to stock up on water, food and medicine for a week." } },
	/* Wrapped, with CRLF line ends. */
	{ "Farmers in the region have planted less corn this spring than at any\r\n"
	  "time in the past decade, according to a survey released on Thursday by\r\n"
	  "the state agriculture department. Many said low prices and high\r\n"
	  "fertilizer costs had pushed them toward soybeans, which need less\r\n"
	  "nitrogen.\r\n",
	  { "Farmers in the region have planted less corn this spring than at any time in the past decade, according to a survey released on Thursday by the state agriculture department.",
	    "Many said low prices and high fertilizer costs had pushed them toward soybeans, which need less nitrogen." } },
	/* Lines that plainly run on. */
	{ "The coalition now includes France, Germany,\nItaly and Spain.",
	  { "The coalition now includes France, Germany, Italy and Spain." } },
	{ "The ruling was handed down by the\nSupreme Court on Monday.",
	  { "The ruling was handed down by the Supreme Court on Monday." } },
	{ "The prime minister said the talks had been\nconstructive but were not yet finished.",
	  { "The prime minister said the talks had been constructive but were not yet finished." } },
	/* A paragraph a line: long lines, each its own paragraph, one of
	 * them a caption without final punctuation. */
	{ "The city council voted 7-2 on Tuesday night to approve a budget that cuts funding for parks and libraries by 12 percent.\n"
	  "A firefighter hoses down the smoldering remains of the old library on Main Street on Thursday, the third day of the fire\n"
	  "Council members who opposed the plan said the cuts would fall hardest on neighborhoods that already have the fewest services.\n",
	  { "The city council voted 7-2 on Tuesday night to approve a budget that cuts funding for parks and libraries by 12 percent.",
	    "A firefighter hoses down the smoldering remains of the old library on Main Street on Thursday, the third day of the fire",
	    "Council members who opposed the plan said the cuts would fall hardest on neighborhoods that already have the fewest services." } },
	{ "Rescue teams worked through the night to reach villages cut off by the landslide. Roads into the valley remain closed.\n"
	  "The regional governor said at least 14 people had been killed and dozens more were missing, most of them in the U.S.\n"
	  "Aid agencies said they were sending tents, blankets and water purification tablets to the area by helicopter.\n",
	  { "Rescue teams worked through the night to reach villages cut off by the landslide.",
	    "Roads into the valley remain closed.",
	    "The regional governor said at least 14 people had been killed and dozens more were missing, most of them in the U.S.",
	    "Aid agencies said they were sending tents, blankets and water purification tablets to the area by helicopter." } },
	/* Blank lines, tabs, CRLF and lone CR. */
	{ "The first paragraph has one sentence.\n\nThe second has two. This is it.\n\n\n\nThe third is last.\n",
	  { "The first paragraph has one sentence.", "The second has two.", "This is it.",
	    "The third is last." } },
	{ "\tThe first paragraph is indented. It has two sentences.\n\tThe second one is too.\n",
	  { "The first paragraph is indented.", "It has two sentences.",
	    "The second one is too." } },
	{ "Court Rules on Map\r\n\r\nThe court upheld the map. The dissent was sharp.\r\nAn appeal is likely.\r\n",
	  { "Court Rules on Map", "The court upheld the map.", "The dissent was sharp.",
	    "An appeal is likely." } },
	{ "Market Report\rStocks rose. Bonds fell.\r",
	  { "Market Report", "Stocks rose.", "Bonds fell." } },
	{ "The talks were held in the U.S.\nThe next round will be in Japan.\n",
	  { "The talks were held in the U.S.", "The next round will be in Japan." } },
};

/* ------------------------------------------------------------------ */
/* 7. Web addresses, e-mail, file names, handles                       */
/* ------------------------------------------------------------------ */

static const struct rule_case web_cases[] = {
	{ "Details are posted at https://example.com/report.html. The site was updated on Monday.",
	  { "Details are posted at https://example.com/report.html.",
	    "The site was updated on Monday." } },
	{ "The filing is at https://www.sec.gov/cgi-bin/browse?action=getcompany&CIK=0001234. It runs to 90 pages.",
	  { "The filing is at https://www.sec.gov/cgi-bin/browse?action=getcompany&CIK=0001234.",
	    "It runs to 90 pages." } },
	{ "The form is at https://example.com/a.b?c=d. It takes about five minutes to fill in.",
	  { "The form is at https://example.com/a.b?c=d.",
	    "It takes about five minutes to fill in." } },
	/* An address ends the sentence; a capitalised noun opens the next. */
	{ "The form is at https://example.com/a.b?c=d. Officials say it takes five minutes.",
	  { "The form is at https://example.com/a.b?c=d.",
	    "Officials say it takes five minutes." } },
	{ "The full text is at http://example.org/path/page.html?id=7#Section2 for anyone who wants it.",
	  { "The full text is at http://example.org/path/page.html?id=7#Section2 for anyone who wants it." } },
	{ "The report (https://example.com/r.pdf) was released Monday. Critics pounced.",
	  { "The report (https://example.com/r.pdf) was released Monday.", "Critics pounced." } },
	{ "https://example.com is down. Engineers are working on it.",
	  { "https://example.com is down.", "Engineers are working on it." } },
	{ "Email jane.doe@example.org for a copy. Requests are free.",
	  { "Email jane.doe@example.org for a copy.", "Requests are free." } },
	{ "Send comments to jane.doe@example.org. Officials will reply within a week.",
	  { "Send comments to jane.doe@example.org.",
	    "Officials will reply within a week." } },
	{ "Contact Dr. Lee at m.lee@univ.example.edu. She replies within a day.",
	  { "Contact Dr. Lee at m.lee@univ.example.edu.", "She replies within a day." } },
	{ "Send tips to news@example.com. We read every one.",
	  { "Send tips to news@example.com.", "We read every one." } },
	{ "The data are in report.pdf and data.v2.csv on the agency's website.",
	  { "The data are in report.pdf and data.v2.csv on the agency's website." } },
	{ "Download the file data.v2.csv. It is updated weekly.",
	  { "Download the file data.v2.csv.", "It is updated weekly." } },
	{ "Researchers published the raw numbers as data.v2.csv. Critics found errors within hours.",
	  { "Researchers published the raw numbers as data.v2.csv.",
	    "Critics found errors within hours." } },
	{ "Run setup.exe and restart the computer. The update takes minutes.",
	  { "Run setup.exe and restart the computer.", "The update takes minutes." } },
	{ "The leaked file, budget_2024.xlsx, was posted online. Officials confirmed it was genuine.",
	  { "The leaked file, budget_2024.xlsx, was posted online.",
	    "Officials confirmed it was genuine." } },
	{ "Shares of Amazon.com rose 2% on Tuesday.",
	  { "Shares of Amazon.com rose 2% on Tuesday." } },
	{ "Amazon.com Inc. reported record sales. The stock jumped.",
	  { "Amazon.com Inc. reported record sales.", "The stock jumped." } },
	{ "Most of the books were sold through Amazon.com. Independent stores lost ground.",
	  { "Most of the books were sold through Amazon.com.",
	    "Independent stores lost ground." } },
	{ "Forms are available at www.example.gov. Paper copies can be mailed on request.",
	  { "Forms are available at www.example.gov.",
	    "Paper copies can be mailed on request." } },
	{ "The agency's website, cdc.gov, was briefly down. It came back by noon.",
	  { "The agency's website, cdc.gov, was briefly down.", "It came back by noon." } },
	{ "She pushed the fix to github.com/acme/tools. It was merged within an hour.",
	  { "She pushed the fix to github.com/acme/tools.", "It was merged within an hour." } },
	{ "Python 3.12 and Node.js 20 are supported.",
	  { "Python 3.12 and Node.js 20 are supported." } },
	{ "The attack came from 192.168.1.10. It was blocked within minutes.",
	  { "The attack came from 192.168.1.10.", "It was blocked within minutes." } },
	{ "Follow @NWS for updates. The storm is moving east.",
	  { "Follow @NWS for updates.", "The storm is moving east." } },
	{ "The post was shared by @jdoe. It has since been deleted.",
	  { "The post was shared by @jdoe.", "It has since been deleted." } },
	{ "Protesters tagged @UN in their posts. The march drew thousands.",
	  { "Protesters tagged @UN in their posts.", "The march drew thousands." } },
	{ "The hashtag #MeToo spread quickly. Millions of women used it.",
	  { "The hashtag #MeToo spread quickly.", "Millions of women used it." } },
	{ "Search for #Election2024. Results vary by state.",
	  { "Search for #Election2024.", "Results vary by state." } },
	{ "Shares of Yahoo! fell 3 percent.",
	  { "Shares of Yahoo! fell 3 percent." } },
};

/* ------------------------------------------------------------------ */
/* 8. Sentences run together                                           */
/* ------------------------------------------------------------------ */

static const struct rule_case glued_cases[] = {
	{ "The vote was close.Critics said it was rigged.",
	  { "The vote was close.", "Critics said it was rigged." } },
	{ "He left early.The meeting went on without him.",
	  { "He left early.", "The meeting went on without him." } },
	{ "The plan was approved.It takes effect in May.",
	  { "The plan was approved.", "It takes effect in May." } },
	{ "Rain fell.Rivers rose.Roads closed.",
	  { "Rain fell.", "Rivers rose.", "Roads closed." } },
	{ "The team won.Fans celebrated downtown until dawn.",
	  { "The team won.", "Fans celebrated downtown until dawn." } },
	{ "The company was founded in 2020.The founders met at college.",
	  { "The company was founded in 2020.", "The founders met at college." } },
	{ "What happens next?Nobody knows.",
	  { "What happens next?", "Nobody knows." } },
	{ "He said " LQ "no." RQ "The talks ended there.",
	  { "He said " LQ "no." RQ, "The talks ended there." } },
	/* Abbreviations, initials and lower case do not split. */
	{ "Use a common fruit, e.g.the apple, as a sample.",
	  { "Use a common fruit, e.g.the apple, as a sample." } },
	{ "The award went to Mr.Smith for his work.",
	  { "The award went to Mr.Smith for his work." } },
	{ "Dr.Jones saw the patient on Monday.",
	  { "Dr.Jones saw the patient on Monday." } },
	{ "The order came from Gen.Milley himself.",
	  { "The order came from Gen.Milley himself." } },
	{ "Prof.Alvarez led the study.",
	  { "Prof.Alvarez led the study." } },
	{ "She flew to St.Louis on Friday.",
	  { "She flew to St.Louis on Friday." } },
	{ "J.K.Rowling wrote the first book in Edinburgh.",
	  { "J.K.Rowling wrote the first book in Edinburgh." } },
	{ "The notes are in minutes.txt on the shared drive.",
	  { "The notes are in minutes.txt on the shared drive." } },
};

/* ------------------------------------------------------------------ */
/* The check                                                           */
/* ------------------------------------------------------------------ */

/* Appends S (N bytes) to BUF (SIZE bytes, *LEN used) as a quoted list
 * item, truncating when the buffer is full. */
static void append(char *buf, size_t size, size_t *len, const char *s,
                   size_t n)
{
	int w = snprintf(buf + *len, size - *len, "%s\"%.*s\"",
	                 *len ? " | " : "", (int)n, s);

	if (w > 0)
		*len += (size_t)w < size - *len ? (size_t)w : size - *len - 1;
}

/* Parses case I of table NAME and compares its sentences, folded, with
 * the expected ones; on a mismatch reports both lists whole. */
static void check_case(const struct rule_case *c, const char *name, int i)
{
	char want[8192], got[8192];
	size_t wlen = 0, glen = 0, nwant, n, k;
	summ_doc *doc;
	int same;

	want[0] = got[0] = '\0';
	for (nwant = 0; nwant < MAX_SENT && c->sent[nwant]; nwant++)
		append(want, sizeof want, &wlen, c->sent[nwant],
		       strlen(c->sent[nwant]));
	ck_assert_int_eq(summ_parse(c->text, strlen(c->text), &doc), SUMM_OK);
	n = summ_sentence_count(doc);
	same = n == nwant;
	for (k = 0; k < n; k++) {
		summ_sentence one = summ_sentence_at(doc, k), *s = &one;
		char *buf = malloc(s->length + 1);
		size_t len;

		if (!buf)
			break;
		len = summ_fold(c->text + s->offset, s->length, buf);
		buf[len] = '\0';
		if (k >= nwant || strcmp(buf, c->sent[k]) != 0)
			same = 0;
		append(got, sizeof got, &glen, buf, len);
		free(buf);
	}
	summ_free(doc);
	ck_assert_msg(k == n, "%s %d: out of memory", name, i);
	ck_assert_msg(same, "%s %d:\n  want %s\n  got  %s", name, i, want, got);
}

#define NCASES(t) ((int)(sizeof t / sizeof *t))

START_TEST(test_abbreviations)
{
	check_case(&abbrev_cases[_i], "abbreviations_titles", _i);
}
END_TEST

START_TEST(test_initials)
{
	check_case(&initial_cases[_i], "initials_names", _i);
}
END_TEST

START_TEST(test_numbers)
{
	check_case(&number_cases[_i], "numbers", _i);
}
END_TEST

START_TEST(test_quotes)
{
	check_case(&quote_cases[_i], "quotes_brackets", _i);
}
END_TEST

START_TEST(test_ellipses)
{
	check_case(&ellipsis_cases[_i], "ellipses", _i);
}
END_TEST

START_TEST(test_lines)
{
	check_case(&line_cases[_i], "lines", _i);
}
END_TEST

START_TEST(test_web)
{
	check_case(&web_cases[_i], "web_code", _i);
}
END_TEST

START_TEST(test_glued)
{
	check_case(&glued_cases[_i], "glued", _i);
}
END_TEST

/* One TCase per table, named after it. */
#define ADD_TABLE(s, name, test, table) do { \
		TCase *tc_ = tcase_create(name); \
		tcase_add_loop_test(tc_, test, 0, NCASES(table)); \
		suite_add_tcase(s, tc_); \
	} while (0)

Suite *rules_suite(void)
{
	Suite *s = suite_create("rules");

	ADD_TABLE(s, "abbreviations_titles", test_abbreviations, abbrev_cases);
	ADD_TABLE(s, "initials_names", test_initials, initial_cases);
	ADD_TABLE(s, "numbers", test_numbers, number_cases);
	ADD_TABLE(s, "quotes_brackets", test_quotes, quote_cases);
	ADD_TABLE(s, "ellipses", test_ellipses, ellipsis_cases);
	ADD_TABLE(s, "lines", test_lines, line_cases);
	ADD_TABLE(s, "web_code", test_web, web_cases);
	ADD_TABLE(s, "glued", test_glued, glued_cases);
	return s;
}
