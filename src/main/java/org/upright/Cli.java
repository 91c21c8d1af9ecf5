package org.upright;
public class Cli { public static void main(String[] a) { System.out.println("hi"); } }
