#include "CommandLine.h"

#include <QApplication>

int main(int argc, char *argv[]) {
    return figestio::runCommandLine(argc, argv);
}
