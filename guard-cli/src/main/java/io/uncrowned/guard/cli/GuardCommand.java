package io.uncrowned.guard.cli; public class GuardCommand { public static void main(String[] a){} }
