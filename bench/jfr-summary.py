#!/usr/bin/env python3
"""Reads `jfr print --events jdk.ExecutionSample` from stdin and prints the share of samples per layer
(the nearest frame to the top of each stack that is not the JDK's own decides), with the four classes that
take most in each, and the 15 hottest top frames.
Used by bench/profile.sh."""
import collections
import re
import sys

LAYERS = [  # first matching prefix wins, checked from the top of the stack down
    ("finding the controller method", ("org.springframework.web.servlet.handler.AbstractHandlerMethodMapping",
                                       "org.springframework.web.servlet.mvc.method.RequestMappingInfo",
                                       "org.springframework.web.servlet.mvc.condition.", "org.springframework.web.util.pattern.",
                                       "org.ccionetwork.shared.RouteLookup")),
    ("SQL and the JDBC driver", ("org.postgresql.", "com.zaxxer.hikari.", "org.springframework.jdbc.")),
    ("session read, write and deserialising", ("org.springframework.session.", "org.ccionetwork.accounts.SessionAttributes",
                                               "org.ccionetwork.accounts.CoarseAccessTimeSessions", "java.io.ObjectInputStream",
                                               "java.io.ObjectOutputStream", "org.springframework.core.serializer.")),
    ("template rendering", ("gg.jte.",)),
    ("Markdown and sanitising", ("org.commonmark.", "org.owasp.")),
    ("security filter chain", ("org.springframework.security.",)),
    ("writing the response and HTTP", ("org.apache.coyote.", "org.apache.tomcat.", "org.apache.catalina.", "sun.nio.ch.")),
    ("Spring MVC and the rest of Spring", ("org.springframework.",)),
    ("the app's own code", ("org.ccionetwork.",)),
    ("JSON", ("com.fasterxml.", "tools.jackson.")),
    ("metrics and logging", ("io.micrometer.", "ch.qos.logback.", "org.slf4j.")),
]
JDK = ("java.", "jdk.", "sun.", "javax.", "com.sun.", "jakarta.")  # servlet wrappers count for their caller


def layer(frames):
    for frame in frames:
        for name, prefixes in LAYERS:
            if frame.startswith(prefixes):
                return name
        if not frame.startswith(JDK):
            return "other libraries"
    return "the JDK alone"


samples, layers, tops, classes = 0, collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
frames, in_stack = [], False
for line in sys.stdin:
    stripped = line.strip()
    if stripped.startswith("stackTrace = ["):
        frames, in_stack = [], True
    elif in_stack and stripped == "]":
        in_stack = False
        if frames:
            samples += 1
            name = layer(frames)
            layers[name] += 1
            nearest = next((f for f in frames if not f.startswith(JDK)), frames[0])
            classes[name][nearest.rsplit(".", 1)[0]] += 1
            tops[frames[0]] += 1
    elif in_stack and stripped and stripped != "...":
        frames.append(re.sub(r"\(.*", "", stripped))
if not samples:
    sys.exit("no execution samples")
print(f"{samples} samples")
for name, count in layers.most_common():
    print(f"  {100 * count / samples:5.1f}%  {name}")
    for cls, n in classes[name].most_common(4):
        print(f"           {100 * n / samples:5.1f}%  {cls}")
print("  hottest top frames:")
for frame, count in tops.most_common(15):
    print(f"  {100 * count / samples:5.1f}%  {frame}")
