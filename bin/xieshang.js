#!/usr/bin/env node
import "../dist/xieshang.mjs";
