package org.upright.recommendation;

/** Where a label came from; machine labels stay apart from the others until a person accepts them. */
public enum LabelOrigin {
    SOURCE, MACHINE, PERSON
}
