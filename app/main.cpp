#include "shell/application.h"

int main(int argc, char *argv[])
{
    return DriveDeck::runApplication(argc, argv);
}
