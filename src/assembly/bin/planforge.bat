@echo off
rem planforge, from its distribution zip: needs only a Java 17 (or newer) runtime, taken from
rem JAVA_HOME or the PATH. JAVA_OPTS adds options for the JVM.
setlocal
set "PLANFORGE_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
rem One-shot runs start fastest with C1 only; watch lives long, so there the full JIT pays.
set "JIT=-XX:TieredStopAtLevel=1"
if "%~1"=="watch" set "JIT=-XX:+TieredCompilation"
"%JAVA_EXE%" %JIT% -XX:+UseSerialGC -Xmx800m -Xlog:disable -Xlog:all=warning:stderr -XX:+DisplayVMOutputToStderr %JAVA_OPTS% -jar "%PLANFORGE_HOME%\lib\planforge.jar" %*
exit /b %ERRORLEVEL%
