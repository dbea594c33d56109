/*
 * select.h - selection (see select.c): what explain.c shares of it.
 */
#ifndef SUMM_SELECT_H
#define SUMM_SELECT_H

#include "doc.h"
#include "scores.h"

/* Picks whose terms count less in the picks after them: past them the
 * discount stays as they left it, and a candidate is rescored once. */
#define MAX_RESCORED 100

typedef struct {
	double exponent;             /* of the length, see per_length */
	double repeat;               /* factor on the weight of used terms */
	int no_lead;                 /* the lead bonus is off */
} selection_shape;

/* The most sentences a summary of D under LIM takes: its sentence
 * budget (SUMM_DEFAULT_SENTENCES when LIM sets no limit), at most the
 * body sentences. */
size_t selection_max(const summ_doc *d, const summ_limits *lim);

/* The share of the text that LIM asks for, taking at most MAX
 * sentences. */
double share_of(const summ_doc *d, const summ_limits *lim, size_t max);

/* The shape of a summary that takes SHARE of the text. */
selection_shape shape_for(double share, int no_lead);

#endif /* SUMM_SELECT_H */
